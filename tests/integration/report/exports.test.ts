import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as asOfApi } from "@/app/api/reports/as-of/route";
import { GET as whoCanApi } from "@/app/api/reports/who-can/route";
import { prisma } from "@/lib/db/client";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { AS_OF_CSV_HEADER } from "@/lib/report/as-of";
import { seedDemo } from "@/tests/support/demo";
import { makeUser } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

const SEEDED = new Date("2026-11-20T17:00:00Z");
let demo: Awaited<ReturnType<typeof seedDemo>>;
let auditor: Awaited<ReturnType<typeof makeUser>>;
let oaklandAuditor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  demo = await seedDemo(SEEDED);
  auditor = await makeUser({ grants: [{ role: "auditor" }] });
  oaklandAuditor = await makeUser({ grants: [{ role: "auditor", locationId: demo.location("Oakland") }] });
});

const asOf = (query: string) => asOfApi(new Request(`http://test/api/reports/as-of?${query}`));
const whoCan = (query: string) => whoCanApi(new Request(`http://test/api/reports/who-can?${query}`));

async function csv(response: Response): Promise<{ bytes: Uint8Array; rows: Record<string, string>[] }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) throw new Error("not CSV");
  const [header, ...rows] = parsed.rows;
  return { bytes, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""]))) };
}

async function lastExport() {
  return prisma.auditEvent.findFirstOrThrow({ where: { action: "export.completed" }, orderBy: { seq: "desc" } });
}

describe(`as-of and who-can exports (${testEngine})`, () => {
  it("exports one row per medical assistant × task, and records the SHA-256 of exactly the bytes sent", async () => {
    await signInAs(auditor.user);
    const tacoma = demo.location("Tacoma");
    const response = await asOf(`location=${tacoma}&date=2021-02-01&time=10:00`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="clearances-as-of-2021-02-01-1000.csv"');
    const { bytes, rows } = await csv(response);
    const tasks = await prisma.task.count({ where: { retiredAt: null } });
    expect(rows).toHaveLength(tasks);
    const venipuncture = rows.find((r) => r.task_code === "venipuncture")!;
    expect(venipuncture).toMatchObject({ person: "Emily Nguyen", location: "Tacoma Clinic", answer: "not_cleared", moment_utc: "2021-02-01T18:00:00.000Z", moment_local: "2021-02-01 10:00 Pacific Standard Time", engine_version: "2.1.0" });
    expect(venipuncture.authorization_id).toMatch(/^\w+$/);
    expect(venipuncture.rule_version).toMatch(/^\d+$/);
    expect(Object.keys(venipuncture)).toEqual([...AS_OF_CSV_HEADER]);

    const event = await lastExport();
    expect(event.actorUserId).toBe(auditor.user.id);
    expect(event.after).toMatchObject({ kind: "as-of.csv", sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length, filters: { locations: [{ id: tacoma, moment: "2021-02-01T18:00:00.000Z" }] } });
  });

  it("exports who could do a task, cleared first, with its hash recorded", async () => {
    await signInAs(auditor.user);
    const response = await whoCan(`location=${demo.location("Tacoma")}&task=taskvenipuncture&date=2026-11-24&time=10:40`);
    expect(response.status).toBe(200);
    const { bytes, rows } = await csv(response);
    expect(rows.map((r) => r.person).sort()).toEqual(["Emily Nguyen", "Hannah Olsen", "Marcus Brown", "Tyler Reed"]);
    expect(rows[0]!.answer).toBe("cleared");
    expect(rows.at(-1)!.answer).toBe("not_cleared");
    expect((await lastExport()).after).toMatchObject({ kind: "who-can.csv", sha256: createHash("sha256").update(bytes).digest("hex") });
  });

  it.each([
    ["an impossible date", "date=2026-02-30", "date"],
    ["a malformed time", "time=25:61", "time"],
    ["a malformed location", "location=../etc", "location"],
  ])("refuses %s with a 400 naming the field", async (_case, query, field) => {
    await signInAs(auditor.user);
    const response = await asOf(query);
    expect(response.status).toBe(400);
    expect((await response.json()).errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it("answers a refused query in English words, whatever the caller's language", async () => {
    await signInAs(auditor.user);
    const response = await asOf("location=../etc&date=2026-02-30");
    const text = await response.text();
    expect(text).not.toContain("\uE000");
    expect(JSON.parse(text)).toMatchObject({
      status: 400,
      errors: [
        { field: "location", message: "Choose locations from the list." },
        { field: "date", message: "Date is not a real calendar date." },
      ],
    });
  });

  it("answers an unknown task with a 400, not a 500", async () => {
    await signInAs(auditor.user);
    const response = await whoCan(`location=${demo.location("Tacoma")}&task=nosuchtask123`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([{ field: "task", message: "Choose a task from the list." }]);
  });

  it("refuses an auditor scoped to one location another location's report, records it, and leaks nothing", async () => {
    await signInAs(oaklandAuditor.user);
    const tacoma = demo.location("Tacoma");
    const denied = await prisma.auditEvent.count({ where: { action: "access.denied" } });
    const exports = await prisma.auditEvent.count({ where: { action: { startsWith: "export." } } });
    for (const response of [await asOf(`location=${tacoma}`), await asOf(`location=${demo.location("Oakland")}&location=${tacoma}`), await whoCan(`location=${tacoma}&task=taskvenipuncture`)]) {
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).not.toMatch(/Emily|Marcus|Hannah|Tyler|Tacoma/);
    }
    expect(await prisma.auditEvent.count({ where: { action: "access.denied" } })).toBe(denied + 3);
    const last = await prisma.auditEvent.findFirstOrThrow({ where: { action: "access.denied" }, orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ actorUserId: oaklandAuditor.user.id, entityType: "location", entityId: tacoma });
    expect(await prisma.auditEvent.count({ where: { action: { startsWith: "export." } } })).toBe(exports);

    // With no location named, the report covers only the auditor's own location.
    const { rows } = await csv(await asOf("date=2026-11-24&time=10:40"));
    expect(new Set(rows.map((r) => r.location))).toEqual(new Set(["Oakland Clinic"]));
    jar.session = null;
    expect((await asOf(`location=${tacoma}`)).status).toBe(401);
  });
});
