import fc from "fast-check";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DownloadFailed, fetchJson, fileSize } from "@/components/export/browser-files";
import { RecordsExportForm } from "@/components/export/records-export-form";
import { VerifyExportFile } from "@/components/export/verify-export-file";
import { formatNumber } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { textIn } from "@/tests/support/intl-render";

const en = translatorFor("en", "reports");
const es = translatorFor("es", "reports");

/** The English the form wrote before its words moved to the catalog. */
const oldMegabytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

const sizeIn = (t: typeof en, bytes: number, locale: "en" | "es") => {
  const file = fileSize(bytes, locale);
  return t(`export.${file.unit}`, { size: file.size });
};

describe("file sizes", () => {
  it("are written in English exactly as before", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 * 1024 ** 3 }), (bytes) => sizeIn(en, bytes, "en") === oldMegabytes(bytes)));
  });

  it("use a decimal comma in Spanish", () => {
    expect(sizeIn(es, 1.5 * 1024 * 1024, "es")).toBe("1,5 MB");
    expect(sizeIn(es, 2048, "es")).toBe("2 KB");
  });
});

describe("the export's messages", () => {
  it("say what was downloaded in English exactly as before", () => {
    const old = (rows: number | null, records: number, size: string, exportId: string, sha: boolean) =>
      `${rows === null ? "" : `${rows.toLocaleString("en-US")} rows from ${records.toLocaleString("en-US")} records, `}${size}. Export ${exportId} is in the audit trail with this file's SHA-256${sha ? ":" : "."}`;
    fc.assert(
      fc.property(fc.option(fc.nat(2_000_000)), fc.nat(2_000_000), fc.constantFrom("12 KB", "1.5 MB"), fc.uuid(), fc.boolean(), (rows, records, size, exportId, sha) => {
        const now = en("export.doneSummary", { hasRows: rows === null ? "no" : "yes", rows: formatNumber(rows ?? 0, "en"), records: formatNumber(records, "en"), size, exportId, hasHash: sha ? "yes" : "no" });
        return now === old(rows, records, size, exportId, sha);
      }),
    );
  });

  it("describe a matching export in English exactly as before", () => {
    const args = { inBundle: "yes", member: "evidence/a.pdf", fileName: "records.zip", kind: "records_zip", actor: "ana@example.org", at: "2026-03-03 15:14", hasLocations: "yes", locations: "Eastside, Westside", hasAsOf: "yes", asOf: "2026-03-01 00:00", exportId: "e-1" };
    const file = (chunks: string) => `[${chunks}]`;
    expect(en.markup("verify.match", { ...args, file })).toBe("evidence/a.pdf inside [records.zip] (records_zip), exported by ana@example.org at 2026-03-03 15:14 UTC for Eastside, Westside, as of 2026-03-01 00:00 UTC. Export e-1.");
    expect(en.markup("verify.match", { ...args, inBundle: "no", hasLocations: "no", hasAsOf: "no", file })).toBe("[records.zip] (records_zip), exported by ana@example.org at 2026-03-03 15:14 UTC. Export e-1.");
    expect(es.markup("verify.match", { ...args, file })).toBe("evidence/a.pdf dentro de [records.zip] (records_zip), exportado por ana@example.org el 2026-03-03 15:14 UTC para Eastside, Westside, al 2026-03-01 00:00 UTC. Exportación e-1.");
  });

  it("count matches in each language", () => {
    expect(en("verify.matches", { count: 1 })).toBe("Matches an export on record: the file is unchanged.");
    expect(en("verify.matches", { count: 3 })).toBe("Matches 3 exports on record: the file is unchanged.");
    expect(es("verify.matches", { count: 1 })).toBe("Coincide con una exportación registrada: el archivo no ha cambiado.");
    expect(es("verify.matches", { count: 3 })).toBe("Coincide con 3 exportaciones registradas: el archivo no ha cambiado.");
  });
});

describe("a refused download", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("carries the server's problem when it sent one", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ title: "Invalid query", errors: [{ field: "task", message: "Choose a task." }] }, { status: 400 }));
    const error = await fetchJson("/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadFailed);
    expect((error as DownloadFailed).problem?.errors?.[0]?.message).toBe("Choose a task.");
  });

  it("leaves the words to the form when the server sent none", async () => {
    vi.stubGlobal("fetch", async () => new Response("gone", { status: 404 }));
    const error = (await fetchJson("/x").catch((e: unknown) => e)) as DownloadFailed;
    expect(error.problem).toBeNull();
    expect(error.status).toBe(404);
  });
});

describe("the forms", () => {
  const props = { locations: [{ id: "l", name: "Eastside" }], people: [], tasks: [], zoneLabel: "America/Chicago, Central Standard Time" };

  it("keep their English labels", () => {
    const text = textIn("en", createElement(RecordsExportForm, props));
    expect(text).toContain("As of (America/Chicago, Central Standard Time)");
    expect(text).toContain("ZIP bundle (CSV, PDF report and evidence files)");
    expect(text).toContain("Current (not expired)");
  });

  it("are in Spanish for a Spanish reader", () => {
    const text = textIn("es", createElement(RecordsExportForm, props));
    expect(text).toContain("Tipos de registro");
    expect(text).toContain("Paquete ZIP (CSV, informe PDF y archivos de evidencia)");
    expect(text).toContain("Exportar");
    expect(textIn("es", createElement(VerifyExportFile))).toContain("Archivo que desea comprobar");
  });
});
