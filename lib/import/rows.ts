import { looksLikeFormula } from "@/lib/csv/parse";
import { say } from "@/lib/i18n/said";

/** One row of an import, checked: ok with its value, or the exact fields and problems. */
export type RowResult<T> = { line: number; status: "ok"; value: T } | { line: number; status: "error" | "duplicate"; messages: string[] };

/**
 * Cells that start like a spreadsheet formula are refused rather than stored: exported again, they
 * could run in someone's spreadsheet (CSV injection).
 */
export function formulaProblems(values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, v]) => looksLikeFormula(v))
    .map(([column, v]) => say("import.row.formula", { column, value: v.slice(0, 30), lead: v[0] === "\t" ? say("import.row.tab") : v[0]! }));
}

/** The zod messages of a failed row, each said with its column. */
export function issueMessages(issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => say("import.row.issue", { column: String(i.path[0] ?? "row"), problem: i.message }));
}
