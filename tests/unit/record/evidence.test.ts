import { describe, expect, it } from "vitest";
import { checkEvidence as checkSaid, EVIDENCE_MAX_BYTES, safeFileName } from "@/lib/record/evidence";
import { english, spanish } from "@/tests/support/words";

// The check says its refusals (lib/i18n/said.ts); these read them in English.
const checkEvidence = (name: string, bytes: Uint8Array) => {
  const checked = checkSaid(name, bytes);
  return checked.ok ? checked : { ok: false, message: english(checked.message) };
};

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const HTML = new TextEncoder().encode("<!doctype html><script>alert(1)</script>");

describe("evidence files", () => {
  it.each([
    ["certificate.pdf", PDF, "application/pdf"],
    ["scan.PNG", PNG, "image/png"],
    ["photo.jpeg", JPEG, "image/jpeg"],
    ["photo.jpg", JPEG, "image/jpeg"],
  ])("accepts %s when its bytes match", (name, bytes, type) => {
    expect(checkEvidence(name, bytes)).toEqual({ ok: true, file: { fileName: name, contentType: type } });
  });

  it("refuses a PNG renamed .pdf, saying what it really is", () => {
    expect(checkEvidence("certificate.pdf", PNG)).toEqual({ ok: false, message: '"certificate.pdf" is named like a PDF document but its contents are a PNG image. Save or scan it again as PDF, PNG or JPEG.' });
  });

  it("refuses an HTML page renamed .pdf", () => {
    expect(checkEvidence("certificate.pdf", HTML)).toEqual({ ok: false, message: '"certificate.pdf" is named like a PDF document but its contents are not a PDF, PNG or JPEG file. Save or scan it again as PDF, PNG or JPEG.' });
  });

  it("refuses other types by name, empty files and files over 10 MB", () => {
    expect(checkEvidence("notes.docx", PDF)).toEqual({ ok: false, message: '"notes.docx" is not accepted: upload a PDF, PNG or JPEG file.' });
    expect(checkEvidence("empty.pdf", new Uint8Array())).toEqual({ ok: false, message: '"empty.pdf" is empty.' });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(PDF);
    expect(checkEvidence("big.pdf", big)).toEqual({ ok: false, message: '"big.pdf" is 10.0 MB; the limit is 10 MB per file.' });
  });

  it("keeps only a safe file name: no path, no control characters, bounded length", () => {
    expect(safeFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\scan\u0000.pdf")).toBe("scan.pdf");
    expect(safeFileName('"quoted".pdf')).toBe("quoted.pdf");
    expect(safeFileName(`${"a".repeat(400)}.pdf`)).toHaveLength(150);
    expect(safeFileName(`${"a".repeat(400)}.pdf`).endsWith(".pdf")).toBe(true);
  });
});

describe("evidence refusals in Spanish", () => {
  it("names both kinds of file in the reader's words", () => {
    const checked = checkSaid("certificate.pdf", PNG);
    expect(checked.ok ? null : spanish(checked.message)).toBe("«certificate.pdf» tiene nombre de un documento PDF, pero su contenido es una imagen PNG. Guárdelo o escanéelo de nuevo como PDF, PNG o JPEG.");
  });
});
