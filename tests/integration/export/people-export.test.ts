import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as peopleExportApi } from "@/app/api/people/export/route";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { prisma } from "@/lib/db/client";
import { signInNew } from "@/tests/support/actors";
import { seedDemo } from "@/tests/support/demo";
import { makePerson } from "@/tests/support/factories";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

/** The People list's "Export selected (CSV)": made on the server, within the actor's scope, audited. */
const NOW = new Date("2026-11-20T17:00:00Z");
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  demo = await seedDemo(NOW);
});
beforeEach(() => prisma.rateLimitBucket.deleteMany());

const exportOf = (ids: string[]) => peopleExportApi(new Request(`http://test/api/people/export?${ids.map((id) => `person=${id}`).join("&")}`));

async function csvOf(response: Response) {
  expect(response.status, response.status === 200 ? "" : await response.clone().text()).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { rows: parsed.rows, sha256: createHash("sha256").update(bytes).digest("hex"), text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const lastEvent = (action: string) => prisma.auditEvent.findFirst({ where: { action }, orderBy: { seq: "desc" } });

describe("exporting the selected people as CSV", () => {
  it("holds exactly the selected people in the actor's scope, leaves out (and records) an id outside it, and audits the file", async () => {
    const manager = await signInNew([{ role: "manager", locationId: demo.location("Oakland") }], [demo.location("Oakland")]);
    const [kevin, aisha, emily] = [demo.person("Kevin").id, demo.person("Aisha").id, demo.person("Emily").id];
    const { rows, sha256, text } = await csvOf(await exportOf([kevin, emily, aisha]));
    expect(text.startsWith("\uFEFFName,Role,Credential tier,Locations,Not cleared or check first (authorized tasks),Outside supervision hours now,Expiring within 30 days\r\n")).toBe(true);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Aisha Johnson", "Kevin Tran"]);
    expect(text).not.toContain("Emily");
    expect(rows.slice(1).every((r) => r[3] === "Oakland Clinic")).toBe(true);

    const completed = await lastEvent("export.completed");
    expect(completed).toMatchObject({ actorUserId: manager.user.id, entityType: "Export" });
    expect(completed!.after).toMatchObject({ kind: "people.csv", sha256, filters: { people: [aisha, kevin], leftOut: 1 } });
    expect(await lastEvent("access.denied")).toMatchObject({ actorUserId: manager.user.id, entityId: emily, personId: emily });
  });

  it("answers not-found and writes no export when no id selected is in scope", async () => {
    await signInNew([{ role: "manager", locationId: demo.location("Oakland") }], [demo.location("Oakland")]);
    const before = await prisma.auditEvent.count({ where: { action: { startsWith: "export." } } });
    const response = await exportOf([demo.person("Emily").id]);
    expect(response.status).toBe(404);
    expect(await prisma.auditEvent.count({ where: { action: { startsWith: "export." } } })).toBe(before);
    expect((await exportOf([])).status).toBe(400);
  });

  it("writes names that start like a formula as text, not formulas", async () => {
    const oakland = demo.location("Oakland");
    const person = await makePerson({ firstName: "=HYPERLINK(1)", lastName: "Aaa", locationIds: [oakland] });
    await signInNew([{ role: "manager", locationId: oakland }], [oakland]);
    const { text } = await csvOf(await exportOf([person.id]));
    expect(text).toContain(`"'=HYPERLINK(1) Aaa"`);
  });
});
