import { createHash } from "node:crypto";
import fc from "fast-check";
import { unzipSync, strFromU8 } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportApi } from "@/app/api/export/records/route";
import { GET as countApi } from "@/app/api/export/records/count/route";
import { GET as lookupApi } from "@/app/api/export/lookup/route";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { unquoteCsvCell } from "@/lib/csv/write";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { REPORT_COLUMNS } from "@/lib/export/report-csv";
import { signInNew } from "@/tests/support/actors";
import { seedDemo } from "@/tests/support/demo";
import { makePerson } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";
import { countQueries } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

const NOW = new Date("2026-11-20T17:00:00Z");
let demo: Awaited<ReturnType<typeof seedDemo>>;
let auditor: { id: string; sessionVersion: number };

beforeAll(async () => {
  demo = await seedDemo(NOW);
  auditor = (await prisma.user.findFirstOrThrow({ where: { email: "auditor@cleared.example" } }))!;
});

// These tests export far more often than a person would; the limit itself is tested in
// tests/integration/auth/rate-limit.test.ts, so each starts with nothing counted.
const forgetRateLimits = () => prisma.rateLimitBucket.deleteMany();
beforeEach(forgetRateLimits);

const call = (query: string) => exportApi(new Request(`http://test/api/export/records?${query}`));

async function download(query: string) {
  const response = await call(query);
  expect(response.status, await peek(response)).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

async function peek(response: Response): Promise<string> {
  return response.status === 200 ? "" : await response.clone().text();
}

async function csvRecords(query: string) {
  const { bytes, sha256, response } = await download(query);
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) throw new Error(parsed.message);
  const [header, ...rows] = parsed.rows;
  const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, unquoteCsvCell(r[i] ?? "")])) as Record<(typeof REPORT_COLUMNS)[number], string>);
  return { header, rows: records, sha256, response, bytes };
}

const lastExportEvent = () => prisma.auditEvent.findFirstOrThrow({ where: { action: "export.completed" }, orderBy: { seq: "desc" } });

describe("competency records export", () => {
  it("streams a row per location, MA, task and record with the authorization, validator credentials and evidence hashes, and logs the file's SHA-256", async () => {
    await signInAs(auditor);
    const { header, rows, sha256, response } = await csvRecords(`location=${demo.location("Oakland")}`);
    expect(header).toEqual([...REPORT_COLUMNS]);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="cleared-records-\d{4}-\d{2}-\d{2}-\w{8}\.csv"$/);
    const competency = rows.find((r) => r.person === "Maria Gonzalez" && r.title === "Venipuncture competency");
    expect(competency).toMatchObject({
      kind: "Competency validation",
      task: "Drawing blood (venipuncture)",
      authorization: "Authorized",
      validated_by: "Priya Shah",
      validator_credentials: "MD (physician)",
      validation_method: "Direct observation",
      location: "Oakland Clinic",
      time_zone: "America/Los_Angeles",
      status_as_of: "Current",
    });
    expect(competency!.authorized_by).not.toBe("");
    expect(competency!.recorded_at, "times are on the location's clock, with the zone").toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} P[SD]T$/);
    expect(rows.some((r) => r.person === "Emily Nguyen"), "a Tacoma MA is not in an Oakland export").toBe(false);

    const event = await lastExportEvent();
    expect(event.entityId).toBe(response.headers.get("x-export-id"));
    expect(event.after).toMatchObject({ kind: "records.csv", sha256, filters: { locations: [{ id: demo.location("Oakland"), name: "Oakland Clinic" }], format: "csv" } });
  });

  it("filters by kind, task, status and completion dates", async () => {
    await signInAs(auditor);
    const competencies = (await csvRecords("kind=competency")).rows;
    expect(competencies.length).toBeGreaterThan(3);
    expect(new Set(competencies.map((r) => r.kind))).toEqual(new Set(["Competency validation"]));

    const expired = (await csvRecords("status=expired")).rows;
    expect(expired.map((r) => `${r.person}: ${r.title}`)).toContain("Aisha Johnson: Venipuncture competency");
    expect(expired.every((r) => r.status_as_of === "Expired")).toBe(true);

    const venipuncture = (await csvRecords("task=taskvenipuncture&kind=training")).rows;
    const tasksByRecord = new Map<string, string[]>();
    for (const r of venipuncture) tasksByRecord.set(r.record_id, [...(tasksByRecord.get(r.record_id) ?? []), r.task]);
    expect(tasksByRecord.size).toBeGreaterThan(0);
    for (const tasks of tasksByRecord.values()) expect(tasks).toContain("Drawing blood (venipuncture)");

    const in2022 = (await csvRecords("completedFrom=2022-01-01&completedTo=2022-12-31")).rows;
    expect(in2022.length).toBeGreaterThan(0);
    expect(in2022.every((r) => r.completed_on >= "2022-01-01" && r.completed_on <= "2022-12-31")).toBe(true);
  });

  it("shows each record as it was known at the 'as of' moment", async () => {
    const rosa = demo.person("Rosa");
    const lineageId = newId();
    await prisma.trainingRecord.create({ data: { lineageId, version: 1, personId: rosa.id, kind: "training", title: "Phlebotomy course", completedOn: new Date("2026-11-01"), recordedAt: new Date("2026-11-02T18:00:00Z") } });
    await prisma.trainingRecord.create({ data: { lineageId, version: 2, personId: rosa.id, kind: "training", title: "Phlebotomy course (12 hours)", completedOn: new Date("2026-11-01"), recordedAt: new Date("2026-11-10T18:00:00Z"), correctionReason: "Hours were missing" } });
    await signInAs(auditor);
    const titles = async (date: string) => (await csvRecords(`person=${rosa.id}&asOfDate=${date}&asOfTime=12:00`)).rows.filter((r) => r.record_id === lineageId).map((r) => `${r.version} ${r.title}`);
    expect(await titles("2026-10-30")).toEqual([]);
    expect(await titles("2026-11-05")).toEqual(["1 Phlebotomy course"]);
    expect(await titles("2026-11-15")).toEqual(["2 Phlebotomy course (12 hours)"]);
  });

  it("never lets a cell start a formula, and reads back exactly what was recorded", async () => {
    const person = await makePerson({ locationIds: [demo.location("Tacoma")] });
    await signInAs(auditor);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom("=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "'=x", "a,\"b\"\nc")), { minLength: 1, maxLength: 5 }), async (titles) => {
        await forgetRateLimits();
        const stamp = newId();
        await prisma.trainingRecord.createMany({ data: titles.map((title, i) => ({ lineageId: `${stamp}${i}`, version: 1, personId: person.id, kind: "training" as const, title, completedOn: new Date(Date.UTC(2025, 0, 1 + i)), notes: stamp })) });
        const { rows, bytes } = await csvRecords(`person=${person.id}&bom=on`);
        const raw = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
        if (!raw.ok) throw new Error(raw.message);
        for (const cell of raw.rows.flat()) expect(cell, "no exported cell starts like a formula").not.toMatch(/^[=+\-@\t\r]/);
        const mine = rows.filter((r) => r.record_id.startsWith(stamp)).sort((a, b) => a.record_id.localeCompare(b.record_id));
        expect(mine.map((r) => r.title)).toEqual(titles);
      }),
      { numRuns: 15 },
    );
  });

  it("reads a page of people with three queries, whatever the number of records", async () => {
    await signInAs(auditor);
    const { queries } = await countQueries(async () => (await call(`location=${demo.location("Oakland")}`)).arrayBuffer());
    // guard (actor, locations), three per page of people, the audit append: a constant, not one per
    // row (up to 12 on PGlite, 13 on PostgreSQL).
    expect(queries).toBeLessThanOrEqual(13);
  });

  it("writes a PDF report with a cover page naming the filters, the author and the chain head, then a table per location", async () => {
    const person = await makePerson({ firstName: "Łukasz", lastName: "Żółć", locationIds: [demo.location("Oakland")] });
    await prisma.trainingRecord.create({ data: { lineageId: newId(), version: 1, personId: person.id, kind: "training", title: "Phlebotomy course", hours: 12.5, procedureCount: 14, completedOn: new Date("2026-10-01") } });
    await signInAs(auditor);
    const { bytes, sha256 } = await download(`location=${demo.location("Oakland")}&format=pdf`);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await getDocumentProxy(bytes);
    const { text } = await extractText(pdf, { mergePages: false });
    expect(text[0]).toContain("Competency records");
    expect(text[0]).toContain("Oakland Clinic");
    expect(text[0]).toContain("Sandra Patel (auditor@cleared.example)");
    expect(text[0]).toMatch(/Audit chain head when generated: event #\d+, hash [0-9a-f]{64}/);
    expect(text[0]).toMatch(/page 1 of \d+/);
    const body = text.slice(1).join("\n").replace(/\s+/g, " ");
    expect(body).toContain("Maria Gonzalez");
    expect(body, "a name outside Latin-1 prints as written").toContain("Łukasz Żółć");
    expect(body).toContain("12.5 h");
    expect(body).toContain("14 procedures");
    expect(body).toContain("Direct observation");
    expect(body).toMatch(/Times in America\/Los_Angeles \(Pacific (Standard|Daylight) Time\)/);
    expect((await lastExportEvent()).after).toMatchObject({ kind: "records.pdf", sha256 });
    const people = (await csvRecords(`location=${demo.location("Oakland")}`)).rows.map((r) => r.person);
    expect(text.length, "a table per location, not a page per person").toBeLessThan(new Set(people).size);
  });

  it("bundles the CSV, the PDF, the evidence files and a manifest whose hashes match the files and the audit event", async () => {
    const maria = demo.person("Maria");
    const [record] = await prisma.trainingRecord.findMany({ where: { personId: maria.id }, take: 1 });
    const pdfBytes = new TextEncoder().encode("%PDF-1.4\n% certificate\n");
    await prisma.evidenceFile.create({ data: { lineageId: record!.lineageId, recordId: record!.id, fileName: "cert é.pdf", contentType: "application/pdf", sizeBytes: pdfBytes.length, sha256: createHash("sha256").update(pdfBytes).digest("hex"), data: pdfBytes } });
    await signInAs(auditor);
    const { bytes, sha256 } = await download(`person=${maria.id}&format=zip`);
    const files = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["records.csv", "records.pdf", "manifest.json"]));
    const evidencePath = Object.keys(files).find((name) => name.startsWith("evidence/Maria Gonzalez/"))!;
    expect(files[evidencePath]).toEqual(pdfBytes);
    for (const entry of manifest.files) expect(createHash("sha256").update(files[entry.name]!).digest("hex"), entry.name).toBe(entry.sha256);
    const event = await lastExportEvent();
    expect(event.after).toMatchObject({ kind: "records.zip", sha256 });
    expect((event.after as { members: { name: string; sha256: string }[] }).members).toEqual(expect.arrayContaining(manifest.files.map((f: { name: string; sha256: string }) => expect.objectContaining({ name: f.name, sha256: f.sha256 }))));

    const lookup = await (await lookupApi(new Request(`http://test/api/export/lookup?sha256=${manifest.files[0].sha256}`))).json();
    expect(lookup.matches[0]).toMatchObject({ exportId: event.entityId, member: "records.csv" });
  });

  it("counts before downloading, and refuses a PDF or ZIP beyond the document limit with a message", async () => {
    const person = await makePerson({ locationIds: [demo.location("Tacoma")] });
    const stamp = newId();
    await prisma.trainingRecord.createMany({ data: Array.from({ length: 5001 }, (_, i) => ({ lineageId: `${stamp}${i}`, version: 1, personId: person.id, kind: "training" as const, title: `Course ${i}`, completedOn: new Date("2025-01-01") })) });
    await signInAs(auditor);
    const counted = await (await countApi(new Request(`http://test/api/export/records/count?person=${person.id}`))).json();
    expect(counted).toEqual({ count: 5001, rows: 5001, documentRows: 5001, documentLimit: 5000 });
    for (const format of ["pdf", "zip"]) {
      const response = await call(`person=${person.id}&format=${format}`);
      expect(response.status).toBe(422);
      expect((await response.json()).detail).toMatch(/^The PDF report would print 5,001 rows \(from 5,001 records: .*hold up to 5,000 rows: narrow the filters/);
    }
    expect((await csvRecords(`person=${person.id}`)).rows).toHaveLength(5001);
  });

  it("bounds PDFs by the rows they print: a record is a row per exported location, so 2,500 records at two locations fill the limit exactly", async () => {
    const [tacoma, seattle] = [demo.location("Tacoma"), demo.location("Seattle")];
    const twice = await makePerson({ lastName: "Twice", locationIds: [tacoma, seattle] });
    const once = await makePerson({ lastName: "Once", locationIds: [tacoma] });
    const stamp = newId();
    await prisma.trainingRecord.createMany({ data: Array.from({ length: 2500 }, (_, i) => ({ lineageId: `${stamp}${i}`, version: 1, personId: twice.id, kind: "training" as const, title: `Course ${i}`, completedOn: new Date("2025-01-01") })) });
    await signInAs(auditor);
    const both = `person=${twice.id}&person=${once.id}&location=${tacoma}&location=${seattle}`;
    const counted = await (await countApi(new Request(`http://test/api/export/records/count?${both}`))).json();
    expect(counted).toMatchObject({ count: 2500, documentRows: 5000, documentLimit: 5000 });
    const exports = () => prisma.auditEvent.count({ where: { action: { startsWith: "export." } } });
    const before = await exports();
    const pdf = await download(`${both}&format=pdf`);
    expect(pdf.response.headers.get("Content-Type")).toBe("application/pdf");
    expect(await lastExportEvent()).toMatchObject({ after: expect.objectContaining({ kind: "records.pdf", sha256: pdf.sha256 }) });
    expect(await exports()).toBe(before + 1);

    // One more record for someone at one of the two locations: one more row, though far fewer records than the limit.
    await prisma.trainingRecord.create({ data: { lineageId: `${stamp}once`, version: 1, personId: once.id, kind: "training", title: "Course", completedOn: new Date("2025-01-01") } });
    const refused = await call(`${both}&format=pdf`);
    expect(refused.status).toBe(422);
    expect((await refused.json()).detail).toBe(
      "The PDF report would print 5,001 rows (from 2,501 records: a record is printed once per location). PDF reports and ZIP bundles hold up to 5,000 rows: narrow the filters (locations, people, dates) or export CSV, which has no limit.",
    );
    expect(await exports()).toBe(before + 1);
  }, 120_000);

  it("answers bad filters with the field and the problem", async () => {
    await signInAs(auditor);
    const response = await call("completedFrom=2026-02-30&status=whatever&completedTo=2020-01-01");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(["completedFrom", "status"]));
  });
});

describe("who may export what", () => {
  it("a scoped auditor exports their location and is refused another (not found, recorded)", async () => {
    await signInNew([{ role: "auditor", locationId: demo.location("Oakland") }]);
    const own = await csvRecords("");
    expect(new Set(own.rows.map((r) => r.location))).toEqual(new Set(["Oakland Clinic"]));
    const before = await prisma.auditEvent.count({ where: { action: "access.denied" } });
    expect((await call(`location=${demo.location("Tacoma")}`)).status).toBe(404);
    expect((await call(`location=${demo.location("Oakland")}&location=${demo.location("Tacoma")}`)).status).toBe(404);
    expect(await prisma.auditEvent.count({ where: { action: "access.denied" } })).toBe(before + 2);
  });

  it("a manager exports only their own location; a medical assistant nothing", async () => {
    await signInNew([{ role: "manager", locationId: demo.location("Tacoma") }], [demo.location("Tacoma")]);
    expect((await call(`location=${demo.location("Tacoma")}`)).status).toBe(200);
    expect((await call(`location=${demo.location("Oakland")}`)).status).toBe(404);
    await signInAs(demo.person("Maria").user);
    expect((await call("")).status).toBe(404);
    jar.session = null;
    expect((await call("")).status).toBe(401);
  });
});
