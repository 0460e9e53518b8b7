import { z } from "zod";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";
import type { TableRecord } from "@/lib/csv/parse";
import { say } from "@/lib/i18n/said";
import { dateOnly, text } from "@/lib/validation/fields";
import { formulaProblems, issueMessages, type RowResult } from "./rows";

export const PEOPLE_COLUMNS = { required: ["employee_id", "first_name", "last_name", "role", "employment_start"], optional: ["provider_type", "credential_tier"] } as const;

const TIER_ALIASES: Record<string, string> = Object.fromEntries(
  Object.entries(CREDENTIAL_TIER_LABELS).flatMap(([code, label]) => [[code, code], [label.split(" ")[0]!.toLowerCase(), code]]),
);

const personRow = z
  .object({
    employee_id: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, say("import.people.employeeId")),
    first_name: text("import.label.firstName", { max: 100 }),
    last_name: text("import.label.lastName", { max: 100 }),
    role: z.string().trim().toLowerCase().pipe(z.enum(["medical_assistant", "provider"], { error: say("import.people.role") })),
    provider_type: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => v || null)
      .pipe(z.enum(["MD", "DO", "DPM", "PA", "NP", "CNM"], { error: say("import.people.providerType") }).nullable()),
    credential_tier: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((v, ctx) => {
        if (!v) return "none";
        const tier = TIER_ALIASES[v];
        if (!tier) ctx.addIssue({ code: "custom", message: say("import.people.tier", { tiers: Object.keys(CREDENTIAL_TIER_LABELS).join(", ") }) });
        return tier ?? "none";
      }),
    employment_start: dateOnly("import.label.employmentStart"),
  })
  .superRefine((v, ctx) => {
    if (v.role === "provider" && !v.provider_type) ctx.addIssue({ code: "custom", path: ["provider_type"], message: say("import.people.providerRequired") });
    if (v.role === "medical_assistant" && v.provider_type) ctx.addIssue({ code: "custom", path: ["provider_type"], message: say("import.people.providerOnly") });
  });

export type PersonRow = z.output<typeof personRow>;

/** Checks every row; a repeated employee ID is a duplicate of its first line, an existing one an error. */
export function checkPeopleRows(records: readonly TableRecord[], existingEmployeeIds: ReadonlySet<string>): RowResult<PersonRow>[] {
  const seen = new Map<string, number>();
  return records.map((record): RowResult<PersonRow> => {
    if (record.problem) return { line: record.line, status: "error", messages: [record.problem] };
    const formulas = formulaProblems(record.values);
    const parsed = personRow.safeParse(record.values);
    const messages = [...formulas, ...(parsed.success ? [] : issueMessages(parsed.error.issues))];
    if (messages.length > 0 || !parsed.success) return { line: record.line, status: "error", messages };
    const key = parsed.data.employee_id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return { line: record.line, status: "duplicate", messages: [say("import.people.repeats", { employeeId: parsed.data.employee_id, line: first })] };
    seen.set(key, record.line);
    if (existingEmployeeIds.has(key)) return { line: record.line, status: "error", messages: [say("import.people.exists", { employeeId: parsed.data.employee_id })] };
    return { line: record.line, status: "ok", value: parsed.data };
  });
}
