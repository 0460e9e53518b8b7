"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { TaskOptionGroups } from "@/components/clearance/task-options";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import type { TaskCategory } from "@/lib/clearance/facts";
import { EXPORT_FORMATS, RECORD_KINDS, RECORD_STATUSES } from "@/lib/export/schema";
import { formatNumber } from "@/lib/i18n/format";
import { DownloadFailed, fetchJson, fileSize, sha256Hex, streamDownload } from "./browser-files";

type Option = { id: string; name: string };
type Task = Option & { category: TaskCategory; parentId: string | null; retired: boolean };
type Progress = { bytes: number; lines: number };
type Expected = { records: number; rows: number };
type Done = { fileName: string; size: number; expected: Expected | null; sha256: string | null; exportId: string | null };
type Format = keyof typeof EXPORT_FORMATS;

// The lists the server accepts, in its order; the words for each come from the catalog.
const STATUSES = Object.keys(RECORD_STATUSES) as (keyof typeof RECORD_STATUSES)[];
const FORMATS = Object.keys(EXPORT_FORMATS) as Format[];

/**
 * The export form. The download is followed by the page: it shows how many records will come, the
 * progress while they arrive, lets the person cancel, and shows the SHA-256 the audit trail holds.
 */
export function RecordsExportForm({ locations, people, tasks, zoneLabel }: { locations: Option[]; people: Option[]; tasks: Task[]; zoneLabel: string }) {
  const t = useTranslations("reports.export");
  const locale = useLocale();
  const number = (n: number) => formatNumber(n, locale);
  const size = (bytes: number) => {
    const file = fileSize(bytes, locale);
    return t(file.unit, { size: file.size });
  };
  const form = useRef<HTMLFormElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [format, setFormat] = useState<Format>("csv");
  const [expected, setExpected] = useState<Expected | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const query = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form.current!)) if (typeof value === "string" && value !== "") params.append(key, value);
    return params.toString();
  };

  const report = (error: unknown) => {
    if (error instanceof DOMException && error.name === "AbortError") return setFailure(t("cancelled"));
    if (error instanceof DownloadFailed) {
      if (!error.problem) return setFailure(t(error.status === 404 ? "notFound" : "failed"));
      setErrors(Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, e.message])));
      return setFailure(error.problem.detail ?? error.problem.title);
    }
    setFailure(t("connectionLost"));
  };

  async function run() {
    setErrors({});
    setFailure(null);
    setDone(null);
    setProgress(null);
    setExpected(null);
    setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const { count, rows, documentRows, documentLimit } = await fetchJson<{ count: number; rows: number; documentRows: number; documentLimit: number }>(`/api/export/records/count?${query()}`, controller.signal);
      setExpected({ records: count, rows });
      if (format !== "csv" && documentRows > documentLimit) {
        setFailure(t("tooMany", { rows: number(documentRows), count: number(count), limit: number(documentLimit) }));
        return;
      }
      const file = await streamDownload(`/api/export/records?${query()}`, controller.signal, setProgress);
      setDone({ fileName: file.fileName, size: file.blob.size, expected: format === "csv" ? { records: count, rows } : null, sha256: await sha256Hex(file.blob), exportId: file.exportId });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
      abort.current = null;
    }
  }

  const rowsReceived = progress ? Math.max(0, progress.lines - 1) : 0;
  return (
    <form
      ref={form}
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void run();
      }}
    >
      <ChoiceGroup legend={t("locations")} name="location" hint={t("locationsHint")} error={errors.location}>
        {locations.map((l) => (
          <Choice key={l.id} name="location" value={l.id} label={l.name} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("people")} name="person" multiple size={Math.min(8, Math.max(3, people.length))} hint={t("peopleHint")} error={errors.person}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("tasks")} name="task" multiple size={8} hint={t("tasksHint")} error={errors.task}>
          <TaskOptionGroups tasks={tasks} />
        </SelectField>
      </div>
      <ChoiceGroup legend={t("kinds")} name="kind" hint={t("kindsHint")} error={errors.kind}>
        {RECORD_KINDS.map((k) => (
          <Choice key={k} name="kind" value={k} label={t(`kind.${k}`)} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("status")} name="status" defaultValue="all" error={errors.status}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`statuses.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("completedFrom")} name="completedFrom" type="date" error={errors.completedFrom} />
        <TextField label={t("completedTo")} name="completedTo" type="date" error={errors.completedTo} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">{t("asOf", { zone: zoneLabel })}</legend>
        <TextField label={t("date")} name="asOfDate" type="date" hint={t("dateHint")} error={errors.asOfDate} />
        <TextField label={t("time")} name="asOfTime" type="time" error={errors.asOfTime} />
      </fieldset>
      <ChoiceGroup legend={t("format")} name="format" error={errors.format}>
        {FORMATS.map((value) => (
          <Choice key={value} type="radio" name="format" value={value} label={t(`formats.${value}`)} checked={format === value} onChange={() => setFormat(value)} />
        ))}
      </ChoiceGroup>
      {format === "csv" ? <Choice name="bom" value="on" label={t("bom")} defaultChecked /> : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")} disabled={busy}>
          {busy ? t("exporting") : t("submit")}
        </button>
        {busy ? (
          <button type="button" className={buttonClass("secondary")} onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </button>
        ) : null}
      </div>

      {busy ? (
        <div className="space-y-1" aria-live="polite">
          <label htmlFor="export-progress" className="text-sm">
            {expected === null
              ? t("counting")
              : format === "csv"
                ? t("rowsReceived", { received: number(Math.min(rowsReceived, expected.rows)), total: number(expected.rows) })
                : t("preparing", { records: number(expected.records), hasSize: progress ? "yes" : "no", size: progress ? size(progress.bytes) : "" })}
          </label>
          <progress id="export-progress" className="block h-2 w-full max-w-md" max={format === "csv" && expected ? expected.rows : undefined} value={format === "csv" && expected ? Math.min(rowsReceived, expected.rows) : undefined} />
        </div>
      ) : null}
      {failure ? <Alert tone="error" title={failure} /> : null}
      {done ? (
        <Alert tone="success" title={t("downloaded", { fileName: done.fileName })}>
          <p>
            {t("doneSummary", {
              hasRows: done.expected ? "yes" : "no",
              rows: number(done.expected?.rows ?? 0),
              records: number(done.expected?.records ?? 0),
              size: size(done.size),
              exportId: done.exportId ?? "",
              hasHash: done.sha256 ? "yes" : "no",
            })}
          </p>
          {done.sha256 ? <code className="block break-all font-mono text-xs">{done.sha256}</code> : null}
        </Alert>
      ) : null}
    </form>
  );
}
