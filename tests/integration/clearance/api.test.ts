import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/clearances/route";
import { prisma } from "@/lib/db/client";
import { seedDemo } from "@/tests/support/demo";
import { jar, signInAs } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

const call = (query: string) => GET(new Request(`http://test/api/v1/clearances?${query}`));
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  demo = await seedDemo(new Date("2026-11-20T17:00:00Z"));
});

describe("GET /api/v1/clearances", () => {
  it("answers with the same decision the app shows, and logs it", async () => {
    const maria = demo.person("Maria");
    await signInAs(maria.user);
    const response = await call(`person=${maria.id}&location=${demo.location("Oakland")}&task=taskvenipuncture&at=2026-11-24T10:40:00-08:00`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.moment).toBe("2026-11-24T18:40:00.000Z");
    expect(body.decisions).toHaveLength(1);
    expect(body.decisions[0]).toMatchObject({ answer: "cleared", engineVersion: "2.1.0", request: { personId: maria.id, taskId: "taskvenipuncture" } });
    expect(await prisma.decisionLog.count({ where: { source: "api", personId: maria.id } })).toBe(1);
  });

  it("never widens scope through the location named: another location's manager, or an MA at a clinic she does not work at, gets not found", async () => {
    const maria = demo.person("Maria");
    const tacomaManager = (await prisma.user.findFirstOrThrow({ where: { email: "manager.tacoma@cleared.example" } }))!;
    await signInAs(tacomaManager);
    const elsewhere = await call(`person=${maria.id}&location=${demo.location("Tacoma")}&task=taskvenipuncture`);
    expect(elsewhere.status).toBe(404);
    const leaked = await call(`person=${maria.id}&location=${demo.location("Tacoma")}`);
    expect(leaked.status).toBe(404);
    expect(JSON.stringify(await leaked.json())).not.toContain("Maria");
    await signInAs(maria.user);
    expect((await call(`person=${maria.id}&location=${demo.location("Tacoma")}&task=taskvenipuncture`)).status).toBe(404);
    expect((await call(`person=${maria.id}&location=${demo.location("Oakland")}&task=taskvenipuncture`)).status).toBe(200);
    expect(await prisma.auditEvent.count({ where: { action: "access.denied", after: { path: ["entry"], equals: "GET /api/v1/clearances" } } })).toBeGreaterThanOrEqual(3);
  });

  it("answers every task when no task is named", async () => {
    const maria = demo.person("Maria");
    await signInAs(maria.user);
    const body = await (await call(`person=${maria.id}&location=${demo.location("Oakland")}`)).json();
    expect(body.decisions.length).toBe(await prisma.task.count({ where: { retiredAt: null } }));
  });

  it.each([
    ["no person", "location=abcdefgh1234", ["person"]],
    ["a malformed id", "person=../../etc&location=abcdefgh1234", ["person"]],
    ["a date-time without an offset", "person=abcdefgh1234&location=abcdefgh1234&at=2026-11-24T10:40", ["at"]],
    ["not a date at all", "person=abcdefgh1234&location=abcdefgh1234&at=yesterday", ["at"]],
  ])("refuses %s with a 400 problem naming the field", async (_case, query, fields) => {
    await signInAs(demo.person("Maria").user);
    const response = await call(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ type: "about:blank", title: "Invalid query", status: 400 });
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });

  it("answers 401 without a session and 404 for someone else's clearances", async () => {
    jar.session = null;
    expect((await call(`person=${demo.person("Maria").id}&location=${demo.location("Oakland")}`)).status).toBe(401);
    await signInAs(demo.person("Kevin").user);
    const response = await call(`person=${demo.person("Maria").id}&location=${demo.location("Oakland")}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ title: "Not found", status: 404 });
  });
});
