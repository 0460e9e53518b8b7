import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { recordStatus, type ExportedRecord } from "./records";

/**
 * The printable competency report: a cover page with what was asked for, by whom, when, and the
 * audit chain head at that moment; then one section per location or person, each a table that
 * repeats its header on every page; "page n of N" and the export id on every page. Uses the PDF
 * standard fonts (nothing to download or embed), so text is limited to Windows-1252 characters:
 * accents are kept, anything else is reduced to its base letter or "?".
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
export type PdfSection = { title: string; subtitle: string; records: readonly ExportedRecord[] };

const PAGE: [number, number] = [792, 612]; // US Letter, landscape
const MARGIN = 40;
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.38, 0.42, 0.48);
const RULE = rgb(0.82, 0.85, 0.89);
const TABLE_SIZE = 7.5;
const LINE = TABLE_SIZE * 1.25;

const COLUMNS = [
  { title: "Person", width: 92 },
  { title: "Record", width: 122 },
  { title: "Kind", width: 54 },
  { title: "Tasks", width: 118 },
  { title: "Completed", width: 50 },
  { title: "Expires", width: 50 },
  { title: "Status", width: 46 },
  { title: "Validator", width: 82 },
  { title: "Evidence (SHA-256)", width: 98 },
] as const;

// Windows-1252 beyond Latin-1: the characters the standard fonts can draw in 0x80–0x9F.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function printable(text: string): string {
  let out = "";
  for (const char of text.replace(/[\r\n\t]+/g, " ")) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char)) out += char;
    else {
      const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((c) => c.codePointAt(0)! >= 0x20 && c.codePointAt(0)! <= 0x7e) ? base : "?";
    }
  }
  return out;
}

/** Greedy word wrap; a word longer than the width (a hash, a file name) is cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of printable(text).split(" ").filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

function cells(record: ExportedRecord, asOfDate: string): string[] {
  const validator = record.validator ? `${record.validator}${record.validationMethod ? ` (${record.validationMethod.replaceAll("_", " ")})` : ""}` : "";
  return [
    `${record.person.name}${record.person.employeeId ? ` (${record.person.employeeId})` : ""}`,
    `${record.title}${record.version > 1 ? ` (version ${record.version})` : ""}`,
    record.kind,
    record.tasks.join(", "),
    record.completedOn,
    record.expiresOn ?? "",
    recordStatus(record.expiresOn, asOfDate),
    validator,
    record.evidence.map((e) => `${e.name} ${e.sha256.slice(0, 16)}…`).join("; ") || "none",
  ];
}

class Layout {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {}

  newPage() {
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  text(value: string, { size = 9, font = this.regular, color = INK, x = MARGIN, width = PAGE[0] - 2 * MARGIN } = {}) {
    for (const line of wrap(value, font, size, width)) {
      this.page.drawText(line, { x, y: this.y - size, size, font, color });
      this.y -= size * 1.35;
    }
  }

  tableHeader() {
    let x = MARGIN;
    for (const column of COLUMNS) {
      this.page.drawText(column.title, { x: x + 2, y: this.y - TABLE_SIZE - 2, size: TABLE_SIZE, font: this.bold, color: INK });
      x += column.width;
    }
    this.y -= LINE + 6;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: PAGE[0] - MARGIN, y: this.y + 2 }, thickness: 0.8, color: INK });
  }

  row(values: string[]) {
    const wrapped = values.map((v, i) => wrap(v, this.regular, TABLE_SIZE, COLUMNS[i]!.width - 4));
    const height = Math.max(...wrapped.map((w) => w.length)) * LINE + 4;
    if (this.y - height < MARGIN + 20) {
      this.newPage();
      this.tableHeader();
    }
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => this.page.drawText(line, { x: x + 2, y: this.y - TABLE_SIZE - 2 - n * LINE, size: TABLE_SIZE, font: this.regular, color: INK }));
      x += COLUMNS[i]!.width;
    });
    this.y -= height;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: PAGE[0] - MARGIN, y: this.y + 1 }, thickness: 0.4, color: RULE });
  }
}

export async function recordsPdf(cover: PdfCover, sections: readonly PdfSection[], { asOfDate }: { asOfDate: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable(`${cover.title}: ${cover.organization}`));
  doc.setAuthor(printable(cover.generatedBy));
  doc.setProducer("Cleared");
  doc.setCreator("Cleared");
  const layout = new Layout(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  layout.newPage();
  layout.text(cover.title, { size: 20, font: layout.bold });
  layout.text(cover.organization, { size: 12, color: MUTED });
  layout.y -= 12;
  for (const [label, value] of [...cover.filters, ["Records", cover.recordCount.toLocaleString("en-US")] as [string, string]]) {
    const top = layout.y;
    layout.text(label, { font: layout.bold, width: 150 });
    const after = layout.y;
    layout.y = top;
    layout.text(value, { x: MARGIN + 160, width: PAGE[0] - 2 * MARGIN - 160 });
    layout.y = Math.min(layout.y, after) - 3;
  }
  layout.y -= 12;
  layout.text(`Generated ${cover.generatedAt} by ${cover.generatedBy}.`);
  layout.text(`Export ${cover.exportId}. Audit chain head when generated: ${cover.chainHead}.`, { color: MUTED });
  layout.text("The SHA-256 of this file is recorded in the audit trail; check it on the Reports page (Check an exported file).", { color: MUTED });
  layout.y -= 12;
  layout.text("Cleared records what the organization has documented. It is not legal advice: verify state rules with your state medical board.", { color: MUTED, size: 8 });

  for (const section of sections) {
    layout.newPage();
    layout.text(section.title, { size: 14, font: layout.bold });
    layout.text(section.subtitle, { color: MUTED });
    layout.y -= 6;
    layout.tableHeader();
    if (section.records.length === 0) layout.text("No records match.", { color: MUTED });
    for (const record of section.records) layout.row(cells(record, asOfDate));
  }

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = printable(`${cover.organization} · ${cover.title} · export ${cover.exportId} · page ${i + 1} of ${pages.length}`);
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 7, font: layout.regular, color: MUTED });
  });
  return doc.save();
}
