/**
 * Reading CSV files that clinic managers upload (RFC 4180). Pure: works on bytes and strings, and
 * every problem comes back as a value with a message the manager can act on.
 */
import { say } from "@/lib/i18n/said";

export const NOT_UTF8_MESSAGE = say("csv.notUtf8");
export const NOT_CSV_MESSAGE = say("csv.notCsv");

export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  // Excel's "Unicode Text" is UTF-16 and full of NUL bytes: the advice that helps is the UTF-8 one.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, message: NOT_UTF8_MESSAGE };
  // Text never contains NUL; zip-based spreadsheets (.xlsx) and other binaries almost always do.
  if (bytes.includes(0)) return { ok: false, message: NOT_CSV_MESSAGE };
  try {
    // The decoder drops one leading BOM itself (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: NOT_UTF8_MESSAGE };
  }
}

type Row = { cells: string[]; line: number; blank: boolean };
type Failure = { ok: false; message: string; line: number };

const UNTERMINATED = say("csv.unterminated");
const STRAY_QUOTE = say("csv.strayQuote");
const AFTER_QUOTE = say("csv.afterQuote");
const LINE_BREAKS = /\r\n|\r|\n/g;
const UNQUOTED = /[^,\r\n]*/y;

const failure = (line: number, message: string): Failure => ({ ok: false, line, message: say("csv.line", { line, problem: message }) });

/** Rows with the physical line each starts on; a lone CR also ends a line, as old Mac exports do. */
function parseRows(text: string): { ok: true; rows: Row[] } | Failure {
  const rows: Row[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = i;
    const row: Row = { cells: [], line, blank: false };
    for (;;) {
      if (text[i] === '"') {
        const quoteLine = line;
        let value = "";
        for (let from = i + 1; ; ) {
          const close = text.indexOf('"', from);
          if (close === -1) return failure(quoteLine, UNTERMINATED);
          const part = text.slice(from, close);
          value += part;
          line += part.match(LINE_BREAKS)?.length ?? 0;
          if (text[close + 1] !== '"') {
            i = close + 1;
            break;
          }
          value += '"';
          from = close + 2;
        }
        if (i < text.length && !",\r\n".includes(text[i]!)) return failure(line, AFTER_QUOTE);
        row.cells.push(value);
      } else {
        UNQUOTED.lastIndex = i;
        const value = UNQUOTED.exec(text)![0];
        if (value.includes('"')) return failure(line, STRAY_QUOTE);
        row.cells.push(value);
        i += value.length;
      }
      if (text[i] !== ",") break;
      i++;
    }
    row.blank = i === start;
    if (text[i] === "\r" && text[i + 1] === "\n") i++;
    if (i < text.length) {
      i++;
      line++;
    }
    rows.push(row);
  }
  while (rows.at(-1)?.blank) rows.pop();
  return { ok: true, rows };
}

export function parseCsv(text: string): { ok: true; rows: string[][] } | Failure {
  const parsed = parseRows(text);
  return parsed.ok ? { ok: true, rows: parsed.rows.map((r) => r.cells) } : parsed;
}

export type TableSpec = { required: readonly string[]; optional?: readonly string[]; maxRows: number };
export type TableRecord = { line: number; values: Record<string, string>; problem?: string };
export type Table = { ok: true; headers: string[]; records: TableRecord[] } | { ok: false; message: string; line?: number };

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * Parses a file and maps each data row to an object keyed by the spec's header names. Structural
 * problems refuse the whole file; a row with the wrong number of cells is kept with a `problem` so
 * the manager sees every bad row at once instead of fixing them one upload at a time.
 */
export function readTable(text: string, spec: TableSpec): Table {
  const parsed = parseRows(text);
  if (!parsed.ok) return parsed;
  // Rows of nothing but separators are what deleting a spreadsheet row's contents leaves behind.
  const [header, ...data] = parsed.rows.filter((r) => r.cells.some((c) => c !== ""));
  if (!header) return { ok: false, message: say("csv.empty") };

  const accepted = [...spec.required, ...(spec.optional ?? [])];
  const canonical = new Map(accepted.map((name) => [name.trim().toLowerCase(), name]));
  const names = header.cells.map((c) => c.trim());
  const keys = names.map((n) => n.toLowerCase());

  const duplicates = names.filter((n, i) => n !== "" && keys.indexOf(keys[i]!) === i && keys.includes(keys[i]!, i + 1));
  if (duplicates.length > 0) {
    return { ok: false, message: say("csv.duplicates", { count: duplicates.length, names: quoted(duplicates) }) };
  }

  const missing = spec.required.filter((name) => !keys.includes(name.trim().toLowerCase()));
  // An unnamed column is named by its place, in English: the list of names is one argument.
  const unknown = names.flatMap((n, i) => (canonical.has(keys[i]!) ? [] : [n === "" ? `(column ${i + 1}, which has no name)` : n]));
  const missingMessage = missing.length > 0 ? say("csv.missing", { count: missing.length, names: quoted(missing) }) : null;
  const unknownMessage = unknown.length > 0 ? say("csv.unknown", { count: unknown.length, names: quoted(unknown), accepted: quoted(accepted) }) : null;
  const headerProblem = missingMessage && unknownMessage ? say("csv.missingAndUnknown", { missing: missingMessage, unknown: unknownMessage }) : (missingMessage ?? unknownMessage);
  if (headerProblem) return { ok: false, message: headerProblem };

  if (data.length > spec.maxRows) {
    return { ok: false, message: say("csv.tooManyRows", { rows: data.length, max: spec.maxRows }) };
  }

  const headers = keys.map((k) => canonical.get(k)!);
  const records = data.map((row): TableRecord => {
    const values = Object.fromEntries(headers.map((h, c) => [h, row.cells[c] ?? ""]));
    if (row.cells.length === headers.length) return { line: row.line, values };
    const problem = say("csv.cells", { cells: row.cells.length, headers: headers.length });
    return { line: row.line, values, problem };
  });
  return { ok: true, headers, records };
}

export const FORMULA_START = /^[=+\-@\t\r\0]/;
const SIGNED_NUMBER = /^[+-](?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with one of these
 * characters may be run as a formula when the data is later exported and opened in Excel, where
 * `=HYPERLINK(...)` or `=cmd|...` can leak data or run commands. A plain signed number such as -3
 * or +1.5 is evaluated to itself, so refusing it would only block legitimate numeric imports.
 */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !SIGNED_NUMBER.test(value);
}
