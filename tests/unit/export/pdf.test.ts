import { readFile } from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { recordsPdf, type PdfCover, type PdfFonts, type PdfSection } from "@/lib/export/pdf";
import type { ExportedRecord } from "@/lib/export/records";
import { reportEntries, type ReportFacts, type ReportLocation } from "@/lib/export/report";
import { makeRecord } from "@/tests/support/exported-record";

const OAKLAND: ReportLocation = { id: "oak", name: "Oakland Clinic", timeZone: "America/Los_Angeles" };
const KRAKOW: ReportLocation = { id: "krk", name: "Kraków Clinic", timeZone: "Europe/Warsaw" };
const NAMES = ["Nguyễn Thị Ánh", "Łukasz Żółć", "Zoë Ørsted", "Maria Gonzalez", "Ana Şahin", "Dương Văn Minh"];
const AS_OF = new Date("2026-11-20T17:00:00Z");

let fonts: PdfFonts;
beforeAll(async () => {
  const dir = "node_modules/dejavu-fonts-ttf/ttf";
  fonts = { regular: new Uint8Array(await readFile(`${dir}/DejaVuSansCondensed.ttf`)), bold: new Uint8Array(await readFile(`${dir}/DejaVuSansCondensed-Bold.ttf`)) };
});

const cover: PdfCover = {
  title: "Competency records",
  organization: "Świętokrzyska Health",
  filters: [["Locations", "Oakland Clinic, Kraków Clinic"]],
  generatedAt: "2026-11-20 09:00 Pacific Standard Time",
  generatedBy: "Sandra Patel (auditor@cleared.example)",
  chainHead: `event #42, hash ${"b".repeat(64)}`,
  exportId: "exp123",
  recordCount: 0,
};

function record(i: number, person: { id: string; name: string }, location: ReportLocation): ExportedRecord {
  return makeRecord({
    lineageId: `rec${i}`,
    person: { ...person, employeeId: `E-${i}` },
    locations: [{ id: location.id, name: location.name }],
    title: `Venipuncture competency ${i}`,
    evidence: [{ id: `ev${i}`, name: `sign-off ${i}.pdf`, sha256: "c".repeat(64), bytes: 10 }],
  });
}

const facts: ReportFacts = {
  authorizations: [{ personId: "p0", locationId: "oak", taskId: "venipuncture", effectiveFrom: "2026-03-15", effectiveTo: null, grantedByName: "Dana Kim", history: [{ version: 1, supersedes: null, effectiveFrom: "2026-03-15T08:00:00.000Z", effectiveTo: null, recordedAt: new Date("2026-03-15T08:00:00Z"), status: "active", byName: "Dana Kim" }] }],
  providerRoles: [{ personId: "shah", version: 1, supersedes: null, effectiveFrom: "2020-01-01", effectiveTo: null, recordedAt: new Date("2020-01-01T00:00:00Z"), value: "MD" }],
  tiers: [],
};

/** `people` people at each location, `perPerson` records each. */
function sections(people: number, perPerson: number): PdfSection[] {
  const entriesOf = reportEntries(facts, new Map([OAKLAND, KRAKOW].map((l) => [l.id, l])), AS_OF, "2026-11-20");
  return [OAKLAND, KRAKOW].map((location, l) => ({
    title: location.name,
    subtitle: `Times in ${location.timeZone}`,
    entries: Array.from({ length: people }, (_, p) => ({ id: `p${l * people + p}`, name: `${NAMES[p % NAMES.length]} ${l * people + p}` })).flatMap((person, p) =>
      Array.from({ length: perPerson }, (_, r) => entriesOf(record((l * people + p) * perPerson + r, person, location))).flat(),
    ),
  }));
}

async function pages(bytes: Uint8Array): Promise<string[]> {
  return (await extractText(await getDocumentProxy(bytes), { mergePages: false })).text;
}

describe("the PDF competency report", () => {
  it("prints names outside Latin-1 as written, with hours, procedure counts, credentials and the method in words", async () => {
    const text = (await pages(await recordsPdf(cover, sections(6, 1), fonts))).join("\n").replace(/\s+/g, " ");
    for (const name of ["Nguyễn Thị Ánh 0", "Łukasz Żółć 1", "Dương Văn Minh 5", "Kraków Clinic", "Świętokrzyska Health"]) expect(text).toContain(name);
    expect(text).not.toContain("?");
    expect(text).toContain("10 h");
    expect(text).toContain("12 procedures");
    expect(text).toContain("MD (physician)");
    expect(text).toContain("Direct observation");
    expect(text).toContain("2026-03-14 10:40 PDT");
    expect(text).toContain("2026-03-14 18:40 GMT+1");
    expect(text).toContain("Authorized by Dana Kim from 2026-03-15");
    expect(text).toContain("c".repeat(32));
  });

  it("still produces the report when a name has characters the font lacks, or control characters", async () => {
    const odd: PdfSection[] = [{ title: "Oakland Clinic", subtitle: "", entries: sections(1, 1)[0]!.entries.map((e) => ({ ...e, record: { ...e.record, person: { ...e.record.person, name: "李小龍 🚑\u0000\nTab\there" } } })) }];
    const text = (await pages(await recordsPdf(cover, odd, fonts))).join(" ");
    expect(text).toContain("Tab here");
  });

  it("sets people in a table per location, many to a page, and continues a long table with its header", { timeout: 30_000 }, async () => {
    const people = 40;
    const text = await pages(await recordsPdf(cover, sections(people / 2, 1), fonts));
    expect(text.length, "fewer pages than people").toBeLessThan(people / 2);
    const long = await pages(await recordsPdf(cover, sections(60, 2), fonts));
    const continuation = long.filter((page) => page.includes("Oakland Clinic (continued)"));
    expect(continuation.length).toBeGreaterThan(0);
    for (const page of continuation) expect(page).toContain("Task and authorization");
    expect(long.length).toBeLessThan(120);
    expect(long[0]).toMatch(new RegExp(`page 1 of ${long.length}`));
  });

  it("lays out the document limit (5,000 records) in reasonable time", async () => {
    const started = performance.now();
    const bytes = await recordsPdf(cover, sections(500, 5), fonts);
    expect(performance.now() - started).toBeLessThan(45_000);
    // The fonts are subset: the file holds the glyphs used, not two 650 KB fonts.
    expect((await recordsPdf(cover, sections(1, 1), fonts)).length).toBeLessThan(150_000);
    expect(bytes.length).toBeGreaterThan(0);
  }, 90_000);
});
