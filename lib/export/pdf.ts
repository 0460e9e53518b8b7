import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, PDFHexString, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { certificationLabel } from "@/lib/person/credentials";
import type { ReportEntry } from "./report";
import { KIND_WORDS, NO_EVIDENCE, NO_RECORDS, NO_TASKS, PDF_COLUMNS, STATUS_WORDS, authorizationText, continued, expiresText, hoursText, proceduresText, versionText } from "./wording";

/**
 * The printable competency report: a cover page with what was asked for, by whom, when, and the
 * audit chain head at that moment; then a table per location, sections following one another on
 * the page, the header repeated on every page the table continues on; "page n of N" and the export
 * id on every page. Text is set in an embedded Unicode font (DejaVu Sans Condensed, subset to the
 * characters used), so every name prints as written.
 */
export type PdfCover = {
  title: string;
  organization: string;
  filters: [label: string, value: string][];
  generatedAt: string;
  generatedBy: string;
  chainHead: string;
  exportId: string;
  recordCount: number;
};
export type PdfSection = { title: string; subtitle: string; entries: readonly ReportEntry[] };
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array };

const PAGE: [number, number] = [792, 612]; // US Letter, landscape
const MARGIN = 36;
const BOTTOM = MARGIN + 18; // the footer sits below
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.38, 0.42, 0.48);
const RULE = rgb(0.82, 0.85, 0.89);
const TABLE_SIZE = 7;
const LINE = TABLE_SIZE * 1.22;
const PAD = 3;

const COLUMNS = [
  { key: "person", width: 80 },
  { key: "tasks", width: 128 },
  { key: "record", width: 100 },
  { key: "amount", width: 52 },
  { key: "dates", width: 74 },
  { key: "validation", width: 130 },
  { key: "evidence", width: 148 },
] as const satisfies readonly { key: keyof typeof PDF_COLUMNS; width: number }[];

type Paragraph = { text: string; muted?: boolean; bold?: boolean };
type Cells = Paragraph[][];
type LaidRow = { cells: { line: string; p: Paragraph }[][]; height: number };

/** Line breaks and control characters become spaces: a cell's text is laid out by `wrap`. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
}

type Measure = (text: string, size: number) => number;

/**
 * Text widths from cached glyph advances: laying out thousands of cells through the font's shaper
 * is what made long reports slow. Ignoring kerning errs wide, so a line that fits really does.
 */
function measureWith(font: PDFFont): Measure {
  const advances = new Map<string, number>();
  return (text, size) => {
    let width = 0;
    for (const char of text) {
      let advance = advances.get(char);
      if (advance === undefined) advances.set(char, (advance = font.widthOfTextAtSize(char, 1)));
      width += advance;
    }
    return width * size;
  };
}

/**
 * Encodes text glyph by glyph from a cache. pdf-lib runs the font's full shaper for every string it
 * draws, which took half a millisecond a line, a minute for a long report; the report sets plain
 * text, and its widths are measured the same way (advances, no kerning), so nothing moves. Each
 * character still goes through the font once, which adds its glyph to the embedded subset.
 */
function encodeByGlyph(font: PDFFont): PDFFont {
  const encodeOne = font.encodeText.bind(font);
  const codes = new Map<string, string>();
  font.encodeText = (text: string) => {
    let hex = "";
    for (const char of text) {
      let code = codes.get(char);
      if (code === undefined) codes.set(char, (code = encodeOne(char).asString()));
      hex += code;
    }
    return PDFHexString.of(hex);
  };
  return font;
}

/** Greedy word wrap; a word longer than the width (a hash, a file name) is cut. */
export function wrap(text: string, measure: Measure, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  const fits = (s: string) => measure(s, size) <= width;
  for (const word of printable(text).split(" ").filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    let rest = [...word];
    while (!fits(rest.join(""))) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut).join(""))) cut--;
      lines.push(rest.slice(0, cut).join(""));
      rest = rest.slice(cut);
    }
    current = rest.join("");
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

function cells(entry: ReportEntry): Cells {
  const { record } = entry;
  const dash = [{ text: "—", muted: true }];
  const amount = [record.hours !== null ? { text: hoursText(record.hours) } : null, record.procedureCount !== null ? { text: proceduresText(record.procedureCount) } : null].filter((p) => p !== null);
  return [
    [{ text: record.person.name, bold: true }, ...(record.person.employeeId ? [{ text: record.person.employeeId, muted: true }] : [])],
    entry.tasks.length ? entry.tasks.flatMap((t) => [{ text: t.name, bold: true }, { text: authorizationText(t.authorization), muted: t.authorization.state !== "authorized" }]) : [{ text: NO_TASKS, muted: true }],
    [
      { text: record.title },
      { text: `${KIND_WORDS[record.kind]}${record.version > 1 ? `, ${versionText(record.version)}` : ""}`, muted: true },
      ...(record.trainingProvider ? [{ text: record.trainingProvider, muted: true }] : []),
      ...(record.certificationType ? [{ text: certificationLabel(record.certificationType), muted: true }] : []),
    ],
    amount.length ? amount : dash,
    [{ text: record.completedOn }, { text: expiresText(record.expiresOn), muted: true }, { text: STATUS_WORDS[entry.status], bold: entry.status !== "current" }],
    entry.validator
      ? [{ text: entry.validator.name, bold: true }, { text: [entry.validator.credentials, entry.method].filter(Boolean).join(" · ") }, ...(entry.validatedAt ? [{ text: entry.validatedAt, muted: true }] : [])]
      : entry.method
        ? [{ text: entry.method }]
        : dash,
    record.evidence.length ? record.evidence.flatMap((e) => [{ text: e.name }, { text: e.sha256, muted: true }]) : [{ text: NO_EVIDENCE, muted: true }],
  ];
}

class Layout {
  page!: PDFPage;
  y = 0;
  readonly measure: { regular: Measure; bold: Measure };
  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.measure = { regular: measureWith(regular), bold: measureWith(bold) };
  }

  newPage() {
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  text(value: string, { size = 9, bold = false, color = INK, x = MARGIN, width = PAGE[0] - 2 * MARGIN } = {}) {
    const font = bold ? this.bold : this.regular;
    for (const line of wrap(value, bold ? this.measure.bold : this.measure.regular, size, width)) {
      this.page.drawText(line, { x, y: this.y - size, size, font, color });
      this.y -= size * 1.35;
    }
  }

  tableHeader() {
    let x = MARGIN;
    let lines = 1;
    for (const column of COLUMNS) {
      const title = wrap(PDF_COLUMNS[column.key], this.measure.bold, TABLE_SIZE, column.width - 2 * PAD);
      title.forEach((line, n) => this.page.drawText(line, { x: x + PAD, y: this.y - TABLE_SIZE - 2 - n * LINE, size: TABLE_SIZE, font: this.bold, color: INK }));
      lines = Math.max(lines, title.length);
      x += column.width;
    }
    this.y -= lines * LINE + 6;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: PAGE[0] - MARGIN, y: this.y + 2 }, thickness: 0.8, color: INK });
  }

  get atTop(): boolean {
    return this.y === PAGE[1] - MARGIN;
  }

  /** A row's lines, cell by cell, and its height. */
  lay(values: Cells): LaidRow {
    const cells = values.map((paragraphs, i) =>
      paragraphs.flatMap((p) => wrap(p.text, p.bold ? this.measure.bold : this.measure.regular, TABLE_SIZE, COLUMNS[i]!.width - 2 * PAD).map((line) => ({ line, p }))),
    );
    return { cells, height: Math.max(1, ...cells.map((lines) => lines.length)) * LINE + 2 * PAD };
  }

  fits(height: number): boolean {
    return this.y - height >= BOTTOM;
  }

  row({ cells, height }: LaidRow) {
    let x = MARGIN;
    cells.forEach((lines, i) => {
      // Consecutive lines in the same style are one text object: a fraction of the operators
      // (and of the memory) that a text object per line takes over thousands of rows.
      for (let n = 0; n < lines.length; ) {
        const { p } = lines[n]!;
        let end = n + 1;
        while (end < lines.length && lines[end]!.p.bold === p.bold && lines[end]!.p.muted === p.muted) end++;
        const text = lines.slice(n, end).map((l) => l.line).join("\n");
        this.page.drawText(text, { x: x + PAD, y: this.y - PAD - TABLE_SIZE - n * LINE, size: TABLE_SIZE, lineHeight: LINE, font: p.bold ? this.bold : this.regular, color: p.muted ? MUTED : INK });
        n = end;
      }
      x += COLUMNS[i]!.width;
    });
    this.y -= height;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: PAGE[0] - MARGIN, y: this.y + 1 }, thickness: 0.4, color: RULE });
  }
}

function coverPage(layout: Layout, cover: PdfCover) {
  layout.newPage();
  layout.text(cover.title, { size: 20, bold: true });
  layout.text(cover.organization, { size: 12, color: MUTED });
  layout.y -= 12;
  for (const [label, value] of [...cover.filters, ["Records", cover.recordCount.toLocaleString("en-US")] as [string, string]]) {
    const top = layout.y;
    layout.text(label, { bold: true, width: 150 });
    const after = layout.y;
    layout.y = top;
    layout.text(value, { x: MARGIN + 160, width: PAGE[0] - 2 * MARGIN - 160 });
    layout.y = Math.min(layout.y, after) - 3;
  }
  layout.y -= 12;
  layout.text(`Generated ${cover.generatedAt} by ${cover.generatedBy}.`);
  layout.text(`Export ${cover.exportId}. Audit chain head when generated: ${cover.chainHead}.`, { color: MUTED });
  layout.text("The SHA-256 of this file is recorded in the audit trail; check it on the Reports page (Check an exported file).", { color: MUTED });
  layout.text("One table per location: authorizations do not carry over from one location to another. Each location's times are on its own clock, with the zone named above its table.", { color: MUTED });
  layout.y -= 12;
  layout.text("Cleared records what the organization has documented. It is not legal advice: verify state rules with your state medical board.", { color: MUTED, size: 8 });
}

const HEADING = 14 * 1.35 + 9 * 1.35 * 2 + 2 * LINE + 16;

function section(layout: Layout, s: PdfSection) {
  // A section starts a new page only when its heading and first row would not fit on this one.
  const first = s.entries[0] ? layout.lay(cells(s.entries[0])).height : LINE;
  if (!layout.fits(HEADING + first)) layout.newPage();
  else if (!layout.atTop) layout.y -= 14;
  layout.text(s.title, { size: 14, bold: true });
  layout.text(s.subtitle, { color: MUTED });
  layout.y -= 4;
  layout.tableHeader();
  if (s.entries.length === 0) layout.text(NO_RECORDS, { color: MUTED });
  let lastPerson: string | null = null;
  for (const entry of s.entries) {
    const values = cells(entry);
    // The person is named on their first row, and again at the top of a page.
    const row = layout.lay(entry.record.person.id === lastPerson ? [[], ...values.slice(1)] : values);
    if (layout.fits(row.height)) layout.row(row);
    else {
      layout.newPage();
      layout.text(continued(s.title), { size: 9, bold: true });
      layout.tableHeader();
      layout.row(layout.lay(values));
    }
    lastPerson = entry.record.person.id;
  }
}

export async function recordsPdf(cover: PdfCover, sections: readonly PdfSection[], fonts: PdfFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(printable(`${cover.title}: ${cover.organization}`));
  doc.setAuthor(printable(cover.generatedBy));
  doc.setProducer("Cleared");
  doc.setCreator("Cleared");
  const layout = new Layout(doc, encodeByGlyph(await doc.embedFont(fonts.regular, { subset: true })), encodeByGlyph(await doc.embedFont(fonts.bold, { subset: true })));

  coverPage(layout, cover);
  layout.newPage();
  for (const s of sections) section(layout, s);

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = printable(`${cover.organization} · ${cover.title} · export ${cover.exportId} · page ${i + 1} of ${pages.length}`);
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 7, font: layout.regular, color: MUTED });
  });
  return doc.save();
}
