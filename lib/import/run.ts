import "server-only";
import type { AuditContext } from "@/lib/audit/mutations";
import { decodeCsv, readTable } from "@/lib/csv/parse";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { existingEmployeeIds, trainingLookups } from "./data";
import { importPeople, importTraining } from "./mutations";
import { checkPeopleRows, PEOPLE_COLUMNS } from "./people";
import type { RowResult } from "./rows";
import { checkTrainingRows, TRAINING_COLUMNS } from "./training";

export const MAX_IMPORT_ROWS = 5_000;
export type ImportKind = "people" | "training";
export type ImportEvent =
  | { type: "progress"; phase: "checking" | "importing"; done: number; total: number }
  | { type: "result"; ok: boolean; message: string; rows: { line: number; status: string; messages: string[] }[]; counts: { ok: number; error: number; duplicate: number }; imported: number };

/**
 * Checks an uploaded CSV (a dry run) or imports it: valid rows in one transaction, or nothing at
 * all when `allOrNothing` is set and any row has a problem. Reports progress as it goes; the summary
 * is in the reader's language, the file's and rows' problems are said (the route words them).
 */
export async function runImport(
  kind: ImportKind,
  bytes: Uint8Array,
  options: { commit: boolean; allOrNothing: boolean; locationId: string; context: AuditContext; locale?: Locale },
  emit: (event: ImportEvent) => void,
): Promise<void> {
  const t = translatorFor(options.locale ?? DEFAULT_LOCALE, "imports");
  const finish = (ok: boolean, message: string, rows: RowResult<unknown>[] = [], imported = 0) => {
    const counts = { ok: 0, error: 0, duplicate: 0 };
    for (const r of rows) counts[r.status]++;
    emit({ type: "result", ok, message, imported, counts, rows: rows.map((r) => ({ line: r.line, status: r.status, messages: r.status === "ok" ? [] : r.messages })) });
  };
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return finish(false, decoded.message);
  const table = readTable(decoded.text, { ...(kind === "people" ? PEOPLE_COLUMNS : TRAINING_COLUMNS), maxRows: MAX_IMPORT_ROWS });
  if (!table.ok) return finish(false, table.message);
  const total = table.records.length;
  if (total === 0) return finish(false, t("run.empty"));
  emit({ type: "progress", phase: "checking", done: 0, total });

  const progress = (done: number) => emit({ type: "progress", phase: "importing", done, total });
  const commit = async <T>(rows: RowResult<T>[], write: (values: T[]) => Promise<number>) => {
    emit({ type: "progress", phase: "checking", done: total, total });
    const values = rows.flatMap((r) => (r.status === "ok" ? [r.value] : []));
    const problems = rows.length - values.length;
    if (!options.commit) return finish(true, t("run.ready", { ready: values.length, total, problems }), rows);
    if (options.allOrNothing && problems > 0) return finish(false, t("run.allOrNothing", { problems }), rows);
    if (values.length === 0) return finish(false, t("run.noneValid"), rows);
    const imported = await write(values);
    return finish(true, t("run.imported", { imported, skipped: problems }), rows, imported);
  };
  if (kind === "people") {
    const existing = await existingEmployeeIds(table.records.map((r) => r.values.employee_id?.trim() ?? "").filter(Boolean));
    return commit(checkPeopleRows(table.records, existing), (values) => importPeople(values, options.locationId, options.context, progress));
  }
  const lookups = await trainingLookups(options.locationId);
  return commit(checkTrainingRows(table.records, lookups), (values) => importTraining(values, options.context, progress));
}
