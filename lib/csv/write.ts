import { FORMULA_START } from "@/lib/csv/parse";

/**
 * Writing CSV exports (RFC 4180) that are safe to open in a spreadsheet. Pure: produces strings,
 * or a web stream of bytes that pulls rows only as fast as the reader consumes them.
 */

/** Without it Excel reads the file in the machine's legacy code page and garbles accented names. */
export const UTF8_BOM = "\uFEFF";

export type CellValue = string | number | boolean | null | undefined | Date;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const CHUNK_SIZE = 64 * 1024;

/**
 * A text that starts like a formula gets a leading `'` so a spreadsheet shows it instead of running
 * it (OWASP "CSV Injection"). Texts that already start with `'`s before such a character get one
 * more, so that `unquoteCsvCell` can always tell our protection from the person's own apostrophe.
 */
function needsProtection(text: string): boolean {
  return FORMULA_START.test(text.replace(/^'+/, ""));
}

export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  // A number is data the spreadsheet parses as a number, never a formula, so -3 stays -3.
  if (typeof value !== "string") return String(value);
  const isProtected = needsProtection(value);
  const text = isProtected ? `'${value}` : value;
  return isProtected || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined || value instanceof Date) return csvCell(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return csvCell(value);
  if (typeof value === "bigint") return value.toString();
  return csvCell(String(value));
}

export function csvRow(values: readonly unknown[]): string {
  const line = values.map(cellOf).join(",");
  // A row of one empty cell would otherwise be an empty line, which readers skip.
  return (line === "" && values.length === 1 ? '""' : line) + "\r\n";
}

/** Inverse of the formula protection in `csvCell`, for cells read back from our own exports. */
export function unquoteCsvCell(cell: string): string {
  return cell.startsWith("'") && needsProtection(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The header, then one line per row, encoded as UTF-8 in chunks of about 64 KB. Rows are pulled
 * from the iterable only when the reader asks for more, so an export of any size holds one chunk in
 * memory and a slow client slows the database cursor instead of filling the server's memory.
 */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly unknown[]>, options: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<readonly unknown[]> | undefined;
  let first = ((options.bom ?? true) ? UTF8_BOM : "") + csvRow(header);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      iterator ??= rows[Symbol.asyncIterator]();
      const parts = [first];
      let size = first.length;
      let done = false;
      first = "";
      while (size < CHUNK_SIZE) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const line = csvRow(next.value);
        parts.push(line);
        size += line.length;
      }
      if (size > 0) controller.enqueue(encoder.encode(parts.join("")));
      if (done) controller.close();
    },
    async cancel(reason) {
      await iterator?.return?.(reason);
    },
  });
}
