import { z } from "zod";
import { CERTIFICATION_TYPES } from "@/lib/person/credentials";
import type { TableRecord } from "@/lib/csv/parse";
import { say } from "@/lib/i18n/said";
import { dateOnly, optionalDateOnly, optionalText, text } from "@/lib/validation/fields";
import { formulaProblems, issueMessages, type RowResult } from "./rows";

export const TRAINING_COLUMNS = {
  required: ["employee_id", "kind", "title", "completed_on"],
  optional: ["tasks", "training_provider", "hours", "procedure_count", "certification_type", "expires_on", "notes"],
} as const;

const number = (label: string, max: number, integer: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) ctx.addIssue({ code: "custom", message: say("import.training.number", { label, max, integer: String(integer) }) });
      return n;
    });

const trainingRow = z
  .object({
    employee_id: z.string().trim().min(1, say("import.training.required")),
    kind: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(["training", "certification"], { error: say("import.training.kind") })),
    title: text("import.label.title", { max: 200 }),
    tasks: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(/[;|]/).map((t) => t.trim().toLowerCase()).filter(Boolean)),
    training_provider: optionalText("import.label.trainingProvider", { max: 200 }),
    hours: number("hours", 1000, false),
    procedure_count: number("procedure_count", 10000, true),
    certification_type: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => v || null)
      .pipe(z.enum(Object.keys(CERTIFICATION_TYPES) as [string, ...string[]], { error: say("import.training.certificationType", { types: Object.keys(CERTIFICATION_TYPES).join(", ") }) }).nullable()),
    completed_on: dateOnly("import.label.completedOn"),
    expires_on: optionalDateOnly("import.label.expiresOn"),
    notes: optionalText("import.label.notes", { max: 2000 }),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "training" && v.tasks.length === 0) ctx.addIssue({ code: "custom", path: ["tasks"], message: say("import.training.tasksRequired") });
    if (v.kind === "certification" && !v.certification_type) ctx.addIssue({ code: "custom", path: ["certification_type"], message: say("import.training.certificationRequired") });
    if (v.expires_on && v.expires_on <= v.completed_on) ctx.addIssue({ code: "custom", path: ["expires_on"], message: say("import.training.expiresAfter") });
  });

export type TrainingRow = z.output<typeof trainingRow> & { personId: string; taskIds: string[] };

export type TrainingLookups = { people: ReadonlyMap<string, string>; tasks: ReadonlyMap<string, string>; existing: ReadonlySet<string> };

/** The identity of a record for duplicate detection: the same person, kind, title and completion date. */
export function trainingKey(personId: string, kind: string, title: string, completedOn: string): string {
  return `${personId}|${kind}|${title.toLowerCase()}|${completedOn}`;
}

export function checkTrainingRows(records: readonly TableRecord[], lookups: TrainingLookups): RowResult<TrainingRow>[] {
  const seen = new Map<string, number>();
  return records.map((record): RowResult<TrainingRow> => {
    if (record.problem) return { line: record.line, status: "error", messages: [record.problem] };
    const parsed = trainingRow.safeParse(record.values);
    const messages = [...formulaProblems(record.values), ...(parsed.success ? [] : issueMessages(parsed.error.issues))];
    if (!parsed.success || messages.length > 0) return { line: record.line, status: "error", messages };
    const row = parsed.data;
    const personId = lookups.people.get(row.employee_id.toLowerCase());
    if (!personId) return { line: record.line, status: "error", messages: [say("import.training.noOne", { employeeId: row.employee_id })] };
    const unknown = row.tasks.filter((code) => !lookups.tasks.has(code));
    if (unknown.length > 0) return { line: record.line, status: "error", messages: [say("import.training.unknownTasks", { count: unknown.length, codes: unknown.join(", ") })] };
    const key = trainingKey(personId, row.kind, row.title, row.completed_on);
    const first = seen.get(key);
    if (first !== undefined) return { line: record.line, status: "duplicate", messages: [say("import.training.sameAs", { line: first })] };
    seen.set(key, record.line);
    if (lookups.existing.has(key)) return { line: record.line, status: "duplicate", messages: [say("import.training.already")] };
    return { line: record.line, status: "ok", value: { ...row, personId, taskIds: row.tasks.map((code) => lookups.tasks.get(code)!) } };
  });
}
