import { createHash } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportEvents } from "@/app/api/audit/events/route";
import { prisma } from "@/lib/db/client";
import { hashEvent, type JsonValue } from "@/lib/audit/chain";
import { AUDIT_CSV_HEADER } from "@/lib/audit/csv";
import { auditEvent, auditFilterChoices, listAuditEvents } from "@/lib/audit/data";
import { auditQuery } from "@/lib/audit/filter";
import { appendAuditEvents, recordAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import { auditFilterSchema } from "@/lib/audit/schema";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { unquoteCsvCell } from "@/lib/csv/write";
import { makeOrganization, makePerson, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { countQueries, testEngine } from "@/tests/support/test-database";
import { unlistedAction } from "@/tests/support/audit-codes";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ZONE = "America/Los_Angeles";
const as = (actorLabel: string): AuditContext => ({ actorUserId: null, actorLabel, ip: "203.0.113.7", userAgent: "vitest" });

/** Appends an event stamped at `at` (the writer takes its time from the clock). */
async function eventAt(at: string, context: AuditContext, entry: Parameters<typeof recordAuditEvent>[1]) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(at));
  try {
    await recordAuditEvent(context, entry);
  } finally {
    vi.useRealTimers();
  }
  return prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
}

async function find(input: Record<string, string>, limit?: number) {
  return listAuditEvents(auditQuery(auditFilterSchema.parse(input), ZONE), { before: null, limit });
}
const seqs = (page: { events: { seq: number }[] }) => page.events.map((e) => e.seq);

let person: string;
let events: Record<string, number>;

beforeAll(async () => {
  await makeOrganization({ timeZone: ZONE });
  person = (await makePerson({ firstName: "Rosa", lastName: "Martinez" })).id;
  const created = {
    // 23:30 on March 9 in Los Angeles, already March 10 in UTC.
    lateEvening: await eventAt("2026-03-10T06:30:00Z", as("Admin@Cleared.example"), { action: "user.create", entityType: "User", entityId: "userrosa0001", personId: person, after: { email: "rosa@example.org" } }),
    morning: await eventAt("2026-03-10T16:00:00Z", as("manager.oakland@cleared.example"), { action: "record.create", entityType: "TrainingRecord", entityId: "record000001", personId: person, after: { title: "Phlebotomy" } }),
    correction: await eventAt("2026-03-12T17:00:00Z", as("manager.oakland@cleared.example"), { action: "record.correct", entityType: "TrainingRecord", entityId: "record000001", personId: person, before: { title: "Phlebotomy" }, after: { title: "Phlebotomy, 16 h" } }),
    other: await eventAt("2026-03-20T17:00:00Z", as("admin@cleared.example"), { action: unlistedAction("task.rename"), entityType: "Task", entityId: "taskvitals", after: { name: "Vital signs" } }),
  };
  events = Object.fromEntries(Object.entries(created).map(([k, v]) => [k, v.seq]));
  await signInAs((await makeUser({ grants: [{ role: "auditor" }] })).user);
});

afterEach(() => {
  vi.useRealTimers();
});

describe(`browsing the audit trail (${testEngine})`, () => {
  it("filters by who (email contains, any case), action, record type, record id and person", async () => {
    expect(seqs(await find({ actor: "ADMIN@cleared" }))).toEqual([events.other, events.lateEvening]);
    expect(seqs(await find({ action: "record.correct" }))).toEqual([events.correction]);
    expect(seqs(await find({ entityType: "TrainingRecord" }))).toEqual([events.correction, events.morning]);
    expect(seqs(await find({ entityId: "record000001", actor: "oakland" }))).toEqual([events.correction, events.morning]);
    expect(seqs(await find({ person }))).toEqual([events.correction, events.morning, events.lateEvening]);
    // LIKE's wildcards typed into the box match only themselves.
    expect(seqs(await find({ actor: "%" }))).toEqual([]);
    expect(seqs(await find({ actor: "manager_oakland" }))).toEqual([]);
    expect(seqs(await find({ actor: "manager.oakland" }))).toEqual([events.correction, events.morning]);
  });

  it("reads dates as days in the organization's time zone, both ends inclusive", async () => {
    expect(seqs(await find({ person, from: "2026-03-10", to: "2026-03-10" }))).toEqual([events.morning]);
    expect(seqs(await find({ person, to: "2026-03-09" }))).toEqual([events.lateEvening]);
    expect(seqs(await find({ from: "2026-03-12", to: "2026-03-20" }))).toEqual([events.other, events.correction]);
  });

  it("pages newest first by sequence number, without gaps or repeats", async () => {
    const first = await find({ person }, 2);
    expect(seqs(first)).toEqual([events.correction, events.morning]);
    expect(first.older).toBe(events.morning);
    const second = await listAuditEvents(auditQuery(auditFilterSchema.parse({ person }), ZONE), { before: first.older, limit: 2 });
    expect(seqs(second)).toEqual([events.lateEvening]);
    expect(second.older).toBeNull();
  });

  it("loads one event with every field, and offers the actions and record types present", async () => {
    expect(await auditEvent(events.correction!)).toMatchObject({ seq: events.correction, actorLabel: "manager.oakland@cleared.example", before: { title: "Phlebotomy" }, after: { title: "Phlebotomy, 16 h" }, ip: "203.0.113.7", userAgent: "vitest", personId: person });
    expect(await auditEvent(999_999)).toBeNull();
    const choices = await auditFilterChoices();
    expect(choices.actions).toEqual(expect.arrayContaining(["record.correct", "task.rename", "user.create"]));
    expect(choices.entityTypes).toEqual([...choices.entityTypes].sort());
  });
});

describe(`exporting audit events as CSV (${testEngine})`, () => {
  async function download(query: string) {
    const response = await exportEvents(new Request(`http://test/api/audit/events?${query}`));
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  function rowsOf(bytes: Uint8Array): Record<string, string>[] {
    const decoded = decodeCsv(bytes);
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok) throw new Error("unparseable CSV");
    const [header, ...rows] = parsed.rows;
    expect(header).toEqual([...AUDIT_CSV_HEADER]);
    return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, unquoteCsvCell(row[i] ?? "")])));
  }

  it("records the SHA-256 of exactly the bytes sent, with the filters used", async () => {
    const { response, bytes } = await download("actor=oakland&from=2026-03-01&to=2026-03-31");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="audit-events.csv"');
    const logged = await prisma.auditEvent.findFirstOrThrow({ where: { action: "export.completed" }, orderBy: { seq: "desc" } });
    expect(logged.after).toMatchObject({ kind: "audit-events.csv", sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length, filters: { actor: "oakland", from: "2026-03-01", to: "2026-03-31" } });
    expect(rowsOf(bytes).map((r) => Number(r.seq))).toEqual([events.morning, events.correction]);
  });

  it("describes each event in a sentence, after the hashed columns", async () => {
    const rows = rowsOf((await download("action=record.correct")).bytes);
    expect(AUDIT_CSV_HEADER.at(-1)).toBe("description");
    expect(rows.map((r) => r.description)).toEqual(["manager.oakland@cleared.example corrected Rosa Martinez’s record “Phlebotomy, 16 h”."]);
  });

  it("carries what each hash covers, so the rows can be re-verified outside Cleared", async () => {
    const rows = rowsOf((await download(`person=${person}`)).bytes);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      const json = (cell: string) => (cell === "" ? null : (JSON.parse(cell) as JsonValue));
      const content = { occurredAt: new Date(r.occurred_at_utc!), actorUserId: r.actor_user_id || null, actorLabel: r.actor!, action: r.action!, entityType: r.entity_type!, entityId: r.entity_id || null, personId: r.person_id || null, locationId: r.location_id || null, before: json(r.before!), after: json(r.after!), ip: r.ip || null, userAgent: r.user_agent || null };
      expect(hashEvent(r.prev_hash!, content)).toBe(r.hash);
    }
  });

  it("streams a long trail in batches, not a query per row", async () => {
    await prisma.$transaction((tx) => appendAuditEvents(tx, as("bulk@example.org"), Array.from({ length: 2_500 }, (_, i) => ({ action: unlistedAction("test.bulk"), entityType: "Test", entityId: `bulk${i}`, after: { i } }))));
    const { result, queries } = await countQueries(() => download("action=test.bulk"));
    const rows = rowsOf(result.bytes);
    expect(rows).toHaveLength(2_500);
    expect(rows.map((r) => Number(JSON.parse(r.after!).i))).toEqual(Array.from({ length: 2_500 }, (_, i) => i));
    expect(queries).toBeLessThan(15);
  });

  it("answers bad filters with a message, not an error page, and exports nothing", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "export.completed" } });
    const { response, bytes } = await download("from=2026-03-14&to=2026-03-01");
    expect(response.status).toBe(400);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toMatchObject({ title: "Invalid filters", errors: [{ field: "to", message: expect.stringMatching(/“To” is before “From”/) }] });
    expect(await prisma.auditEvent.count({ where: { action: "export.completed" } })).toBe(before);
  });

  it("keeps a spreadsheet from running an actor label as a formula", async () => {
    await recordAuditEvent(as("=HYPERLINK(\"http://evil\")@example.org"), { action: unlistedAction("test.formula"), entityType: "Test" });
    const { bytes } = await download("action=test.formula");
    expect(new TextDecoder().decode(bytes)).toContain(`"'=HYPERLINK(""http://evil"")@example.org"`);
  });
});
