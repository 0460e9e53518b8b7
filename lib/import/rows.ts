import { looksLikeFormula } from "@/lib/csv/parse";

/** One row of an import, checked: ok with its value, or the exact fields and problems. */
export type RowResult<T> = { line: number; status: "ok"; value: T } | { line: number; status: "error" | "duplicate"; messages: string[] };

/**
 * Cells that start like a spreadsheet formula are refused rather than stored: exported again, they
 * could run in someone's spreadsheet (CSV injection).
 */
export function formulaProblems(values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, v]) => looksLikeFormula(v))
    .map(([column, v]) => `${column}: "${v.slice(0, 30)}" starts like a spreadsheet formula; remove the leading "${v[0] === "\t" ? "tab" : v[0]}".`);
}

/** The zod messages of a failed row, each prefixed with its column. */
export function issueMessages(issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${String(i.path[0] ?? "row")}: ${i.message}`);
}
