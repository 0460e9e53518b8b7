import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse";
import { csvCell, csvRow, csvStream, unquoteCsvCell, UTF8_BOM } from "@/lib/csv/write";

const FORMULA_START = /^[=+\-@\t\r\0]/;
// Any code point, but with the characters CSV and formula protection care about often enough to matter.
const SPECIAL = [",", '"', "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "\0", "'", " ", "a", "1"];
const cellText = fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 12 });

/** What a spreadsheet or a parser sees as the cell's content: the field without its surrounding quotes. */
function fieldContent(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks;
}

const decode = (chunks: Uint8Array[]) => {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return chunks.map((c) => decoder.decode(c, { stream: true })).join("") + decoder.decode();
};

describe("csvCell", () => {
  it.each<[Parameters<typeof csvCell>[0], string]>([
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["Ana", "Ana"],
    [42, "42"],
    [-3, "-3"],
    [1.5, "1.5"],
    [true, "true"],
    [new Date(Date.UTC(2026, 2, 14, 17, 40)), "2026-03-14T17:40:00.000Z"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\ronly", '"cr\ronly"'],
    [" padded", '" padded"'],
    ["padded ", '"padded "'],
    ["=1+1", `"'=1+1"`],
    ["+A1", `"'+A1"`],
    ["-3", `"'-3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tx", `"'\tx"`],
    ["\rx", `"'\rx"`],
    ["\0x", `"'\0x"`],
    ['=A1&","', `"'=A1&"","""`],
    ["'=1", `"''=1"`],
    ["'plain", "'plain"],
    ["a=b", "a=b"],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("never writes a string whose content starts like a formula", () => {
    fc.assert(
      fc.property(cellText, (s) => {
        expect(fieldContent(csvCell(s))).not.toMatch(FORMULA_START);
      }),
    );
  });

  it("never prefixes a number, however negative", () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (n) => csvCell(n) === String(n)));
  });
});

describe("csvRow", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["Ana", 3, null, "=x", 10n])).toBe(`Ana,3,,"'=x",10\r\n`);
  });

  it("writes a row of one empty cell so that it is not read as a blank line", () => {
    expect(csvRow([""])).toBe('""\r\n');
    expect(parseCsv(csvRow(["a"]) + csvRow([null]))).toEqual({ ok: true, rows: [["a"], [""]] });
  });
});

describe("unquoteCsvCell", () => {
  it.each([
    ["'=1", "=1"],
    ["''=1", "'=1"],
    ["'-3", "-3"],
    ["'plain", "'plain"],
    ["'", "'"],
    ["=1", "=1"],
  ])("reads %j back as %j", (cell, expected) => {
    expect(unquoteCsvCell(cell)).toBe(expected);
  });
});

describe("round trip", () => {
  // A row needs at least one cell: a row of none has no CSV form at all.
  const rows = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it("parses written rows back to the original values once the protection is removed", () => {
    fc.assert(
      fc.property(rows, (original) => {
        const parsed = parseCsv(original.map(csvRow).join(""));
        if (!parsed.ok) throw new Error(parsed.message);
        // Precisely: each cell reads back as s, or as "'" + s when s (after any leading 's) starts like a formula.
        const expected = original.map((row) => row.map((s) => (FORMULA_START.test(s.replace(/^'+/, "")) ? `'${s}` : s)));
        expect(parsed.rows).toEqual(expected);
        expect(parsed.rows.map((row) => row.map(unquoteCsvCell))).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });
});

describe("csvStream", () => {
  it("streams many rows lazily, in chunks of about 64 KB", async () => {
    const total = 100_000;
    let asked = 0;
    async function* generate() {
      for (let i = 0; i < total; i++) {
        asked++;
        yield [i, `Person ${i}`, i % 7 === 0 ? "=bad()" : "ok"];
      }
    }
    const reader = csvStream(["id", "name", "note"], generate()).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(asked).toBeLessThan(total / 10);

    const chunks = [first.value!];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(asked).toBe(total);
    expect(chunks.slice(0, -1).every((c) => c.byteLength >= 64 * 1024 && c.byteLength < 80 * 1024)).toBe(true);

    const text = decode(chunks);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const parsed = parseCsv(text.slice(1));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows).toHaveLength(total + 1);
    expect(parsed.rows[0]).toEqual(["id", "name", "note"]);
    expect(parsed.rows[7]).toEqual(["6", "Person 6", "ok"]);
    expect(parsed.rows.at(-1)).toEqual([String(total - 1), `Person ${total - 1}`, "ok"]);
  });

  it("leaves out the byte order mark when asked", async () => {
    async function* none(): AsyncGenerator<readonly unknown[]> {}
    expect(decode(await readAll(csvStream(["a", "b"], none(), { bom: false })))).toBe("a,b\r\n");
  });

  it("stops the row source when the reader cancels", async () => {
    let closed = false;
    async function* endless() {
      try {
        for (let i = 0; ; i++) yield [i];
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(["n"], endless()).getReader();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it("errors the stream when the row source fails", async () => {
    async function* failing(): AsyncGenerator<readonly unknown[]> {
      yield ["a"];
      throw new Error("cursor lost");
    }
    await expect(readAll(csvStream(["n"], failing()))).rejects.toThrow("cursor lost");
  });
});
