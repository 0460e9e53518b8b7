import { describe, expect, it } from "vitest";
import { decodeCsv as decodeSaid, looksLikeFormula, NOT_UTF8_MESSAGE, parseCsv as parseSaid, readTable as readSaid, type TableSpec } from "@/lib/csv/parse";
import { english, spanish } from "@/tests/support/words";

// The parser says its problems (lib/i18n/said.ts); these read them as an English reader would.
const inEnglish = <T extends object>(result: T): T => {
  const r = result as T & { message?: string; records?: { problem?: string }[] };
  return {
    ...r,
    ...(r.message !== undefined ? { message: english(r.message) } : {}),
    ...(r.records ? { records: r.records.map((rec) => (rec.problem === undefined ? rec : { ...rec, problem: english(rec.problem) })) } : {}),
  };
};
const decodeCsv = (b: Uint8Array) => inEnglish(decodeSaid(b));
const parseCsv = (text: string) => inEnglish(parseSaid(text));
const readTable = (text: string, spec: TableSpec) => inEnglish(readSaid(text, spec));

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsv", () => {
  it("decodes UTF-8 and strips a leading byte order mark", () => {
    expect(decodeCsv(bytes(0xef, 0xbb, 0xbf, ...utf8("name\r\nRené\r\n")))).toEqual({ ok: true, text: "name\r\nRené\r\n" });
  });

  it("keeps text without a byte order mark as it is", () => {
    expect(decodeCsv(utf8("a,b"))).toEqual({ ok: true, text: "a,b" });
  });

  it("refuses Latin-1 text with advice on saving as CSV UTF-8", () => {
    const result = decodeCsv(bytes(...utf8("name\r\nRen"), 0xe9, 0x0d, 0x0a));
    expect(result).toEqual({ ok: false, message: "The file is not UTF-8 text. In Excel, use File > Save As > 'CSV UTF-8 (Comma delimited)'." });
  });

  it("refuses UTF-16 text with the same advice rather than calling it binary", () => {
    expect(decodeCsv(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ ok: false, message: english(NOT_UTF8_MESSAGE) });
  });

  it("refuses files containing NUL bytes, such as a renamed .xlsx", () => {
    const zipHeader = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
    expect(decodeCsv(zipHeader)).toEqual({
      ok: false,
      message: "The file does not look like a CSV file; it may be a spreadsheet (.xlsx) that was renamed. In Excel, use File > Save As > 'CSV UTF-8 (Comma delimited)'.",
    });
  });
});

describe("parseCsv", () => {
  it.each([
    { name: "plain fields with CRLF endings", text: "a,b\r\nc,d\r\n", rows: [["a", "b"], ["c", "d"]] },
    { name: "LF endings and no final line break", text: "a,b\nc,d", rows: [["a", "b"], ["c", "d"]] },
    { name: "quoted fields with doubled quotes", text: '"say ""hi""",x', rows: [['say "hi"', "x"]] },
    { name: "commas, CR and LF inside quotes", text: '"a,b","1\r\n2","3\r4\n5"\n', rows: [["a,b", "1\r\n2", "3\r4\n5"]] },
    { name: "empty fields, quoted or not", text: ',"",\n', rows: [["", "", ""]] },
    { name: "empty lines at the end", text: "a\r\n\r\n\n\r\n", rows: [["a"]] },
    { name: "an empty line in the middle as one empty cell", text: "a\n\nb\n", rows: [["a"], [""], ["b"]] },
    { name: "a quoted empty cell at the end, which is not an empty line", text: 'a\n""\n', rows: [["a"], [""]] },
    { name: "an empty text as no rows", text: "", rows: [] },
    { name: "spaces as part of unquoted values", text: " a , b ", rows: [[" a ", " b "]] },
  ])("reads $name", ({ text, rows }) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it.each([
    {
      name: "reports an unterminated quote at the line it starts",
      text: 'name,note\nAna,ok\nBen,"never\nclosed\n',
      line: 3,
      message: 'Line 3: A quoted value starts on this line but its closing quote (") is missing.',
    },
    {
      name: "reports a quote in the middle of an unquoted value",
      text: 'name,height\nAna,5\'10"\n',
      line: 2,
      message: 'Line 2: A value contains a quote (") but does not start with one. Put the whole value in quotes and write the inner quote twice ("").',
    },
    {
      name: "reports text after a closing quote at the line of that text",
      text: 'name,note\n"Ana","two\nlines" later\n',
      line: 3,
      message: 'Line 3: There is text after a closing quote ("). A quoted value must be followed by a comma or the end of the line.',
    },
  ])("$name", ({ text, line, message }) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, message });
  });

  it("counts lines inside quoted values, whatever their line endings", () => {
    expect(parseCsv('"a\r\nb\rc\nd"\r\nx,"y')).toMatchObject({ ok: false, line: 5 });
  });
});

describe("readTable", () => {
  const spec: TableSpec = { required: ["name", "email"], optional: ["phone"], maxRows: 3 };

  it("maps rows to records keyed by the spec's names, matching headers loosely", () => {
    const result = readTable(" Email ,NAME\r\nana@example.org,Ana\r\n\"ben@example.org\",\"Ben\r\nCarter\"\r\ncy@example.org,Cy\r\n", spec);
    expect(result).toEqual({
      ok: true,
      headers: ["email", "name"],
      records: [
        { line: 2, values: { email: "ana@example.org", name: "Ana" } },
        { line: 3, values: { email: "ben@example.org", name: "Ben\r\nCarter" } },
        { line: 5, values: { email: "cy@example.org", name: "Cy" } },
      ],
    });
  });

  it("reports rows with the wrong number of cells on the row, not the file", () => {
    const result = readTable("name,email,phone\nAna,a@example.org,1,extra,more\nBen\n", spec);
    expect(result).toEqual({
      ok: true,
      headers: ["name", "email", "phone"],
      records: [
        { line: 2, values: { name: "Ana", email: "a@example.org", phone: "1" }, problem: "This row has 5 cells; the header has 3." },
        { line: 3, values: { name: "Ben", email: "", phone: "" }, problem: "This row has 1 cell; the header has 3." },
      ],
    });
  });

  it("skips rows with no content but keeps physical line numbers", () => {
    const result = readTable("\nname,email\n,\n\nAna,a@example.org\n", spec);
    expect(result).toEqual({ ok: true, headers: ["name", "email"], records: [{ line: 5, values: { name: "Ana", email: "a@example.org" } }] });
  });

  it("accepts a header with no data rows", () => {
    expect(readTable("name,email\r\n", spec)).toEqual({ ok: true, headers: ["name", "email"], records: [] });
  });

  it.each([
    { name: "an empty file", text: "", message: "The file is empty." },
    { name: "a file of blank lines and separators", text: "\r\n,,\r\n", message: "The file is empty." },
    { name: "a missing required column", text: "name,phone\nAna,1\n", message: 'The file is missing the required column "email".' },
    { name: "several missing required columns, all named", text: "phone\n1\n", message: 'The file is missing the required columns "name", "email".' },
    {
      name: "an unknown column, listing the accepted ones",
      text: "name,email,fax\n",
      message: 'The column "fax" is not recognized. Accepted columns: "name", "email", "phone".',
    },
    {
      name: "several unknown columns, including one without a name",
      text: "name,email,fax,,Notes\n",
      message: 'The columns "fax", "(column 4, which has no name)", "Notes" are not recognized. Accepted columns: "name", "email", "phone".',
    },
    {
      name: "a renamed column, as both missing and unknown",
      text: "name,E-mail\n",
      message: 'The file is missing the required column "email". The column "E-mail" is not recognized. Accepted columns: "name", "email", "phone".',
    },
    { name: "a duplicated column, whatever its case", text: "name,email,Email\n", message: 'The column "email" appears more than once. Keep one of each.' },
    { name: "several duplicated columns", text: "name,email,NAME,email\n", message: 'The columns "name", "email" appear more than once. Keep one of each.' },
    {
      name: "more data rows than the limit",
      text: "name,email\n" + "Ana,a@example.org\n".repeat(4),
      message: "The file has 4 data rows; the limit is 3. Split it into smaller files.",
    },
  ])("refuses $name", ({ text, message }) => {
    expect(readTable(text, spec)).toEqual({ ok: false, message });
  });

  it("formats large row counts with separators", () => {
    const text = "name,email\n" + "a,b\n".repeat(1_001);
    expect(readTable(text, { ...spec, maxRows: 1_000 })).toEqual({ ok: false, message: "The file has 1,001 data rows; the limit is 1,000. Split it into smaller files." });
  });

  it("refuses a malformed file with the parser's line and message", () => {
    expect(readTable('name,email\n"Ana,a@example.org\n', spec)).toEqual({ ok: false, line: 2, message: 'Line 2: A quoted value starts on this line but its closing quote (") is missing.' });
  });
});

describe("looksLikeFormula", () => {
  it.each(["=1+1", "=HYPERLINK(\"http://x\")", "+A1", "-A1", "-", "+", "-1e5", "- 3", "@SUM(A1)", "\tx", "\rx", "\0x"])("treats %j as a formula", (value) => {
    expect(looksLikeFormula(value)).toBe(true);
  });

  it.each(["", "Ana", "-3", "+1.5", "-0.25", "-.5", "+7.", "1-2", "a=b", " =1", "'=1"])("treats %j as plain data", (value) => {
    expect(looksLikeFormula(value)).toBe(false);
  });
});

describe("in Spanish", () => {
  it("explains a missing column and a bad line to a Spanish reader", () => {
    const table = readSaid("name,phone\nAna,1\n", { required: ["name", "email"], optional: ["phone"], maxRows: 10 });
    expect(table.ok ? null : spanish(table.message)).toBe('Al archivo le falta la columna obligatoria "email".');
    const parsed = parseSaid('a,b\n"x');
    expect(parsed.ok ? null : spanish(parsed.message)).toBe('Línea 2: Un valor entre comillas empieza en esta línea, pero falta su comilla de cierre (").');
  });
});
