import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, installDatabase, type Database } from "@/lib/db/database";
import { openDriver } from "@/lib/db/driver";
import { TcpProxy } from "@/tests/support/tcp-proxy";
import { testDriver, testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * A PostgreSQL restart or failover, as the app sees it: its connections drop and new ones are
 * refused for a while. The app's database is pointed at a TCP proxy in front of this file's scratch
 * database; stopping the proxy cuts every connection in flight and refuses new ones, starting it
 * again is the database coming back. Real route handlers and a real server action run in-process,
 * twenty at a time. PostgreSQL only: the embedded database runs inside the process and cannot
 * become unreachable.
 */
const postgres = testEngine === "postgres";
let proxy: TcpProxy;
let database: Database;
// Imported once the proxied database is installed, so that lib/db/client hands it out.
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  const [{ prisma }, clearances, ready, location, factories, session, guard] = await Promise.all([
    import("@/lib/db/client"),
    import("@/app/api/v1/clearances/route"),
    import("@/app/api/ready/route"),
    import("@/lib/location/actions"),
    import("@/tests/support/factories"),
    import("@/tests/support/session"),
    import("@/lib/auth/guard"),
  ]);
  return { prisma, clearancesApi: clearances.GET, readyApi: ready.GET, saveLocationAction: location.saveLocationAction, requireActor: guard.requireActor, ...factories, ...session };
}

beforeAll(async () => {
  if (!postgres) return;
  const url = new URL(testDriver().target.kind === "postgres" ? (testDriver().target as { url: string }).url : "");
  proxy = new TcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  await proxy.start();
  url.host = `127.0.0.1:${proxy.port}`;
  database = createDatabase(() => openDriver({ kind: "postgres", url: url.toString() }));
  installDatabase(database);
  app = await loadApp();
});

afterAll(async () => {
  if (!postgres) return;
  await database.prisma.$disconnect();
  await (await database.driver()).close();
  await proxy.stop();
});

let unique = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, timeoutMs = 20_000) {
  for (const deadline = Date.now() + timeoutMs; !condition(); await sleep(10)) {
    if (Date.now() > deadline) throw new Error("the load did not get that far in time");
  }
}

describe.skipIf(!postgres)("while the database is unreachable (postgres)", () => {
  let person: { id: string };
  let locationId: string;

  beforeAll(async () => {
    const clinic = await app.makeLocation();
    locationId = clinic.id;
    const admin = await app.makeUser({ grants: [{ role: "admin" }], locationIds: [clinic.id] });
    person = admin.person;
    await app.signInAs(admin.user);
  });
  // A test that fails mid-outage must not leave the next one without a database.
  afterEach(() => proxy.start());

  const clearances = () => app.clearancesApi(new Request(`http://test/api/v1/clearances?person=${person.id}&location=${locationId}`));
  const ready = () => app.readyApi();
  const newLocation = () => {
    const name = `Outage clinic ${++unique}`;
    return { name, answer: app.saveLocationAction(undefined, { name, address: "1 Failover Way", state: "WA", timeZone: "America/Los_Angeles" }) };
  };
  const load = () => Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? ready() : clearances()));

  /** Every location the action wrote has its first version and its audit event: nothing half-written. */
  async function expectWholeOrAbsent(names: string[]) {
    const written = await app.prisma.location.findMany({ where: { name: { in: names } }, include: { versions: true } });
    const events = await app.prisma.auditEvent.findMany({ where: { action: "location.create", entityId: { in: written.map((l) => l.id) } } });
    for (const location of written) {
      expect(location.versions).toHaveLength(1);
      expect(events.filter((e) => e.entityId === location.id)).toHaveLength(1);
    }
    return written.map((l) => l.name);
  }

  it("answers as usual before the outage", async () => {
    expect((await clearances()).status).toBe(200);
    expect((await ready()).status).toBe(200);
    expect(await newLocation().answer).toMatchObject({ status: "success" });
  });

  it("restarted under load: twenty callers see their normal answer or 503 with Retry-After, never 500, and writes are whole or absent", async () => {
    // Each route call is one of a kind; clearances are limited to 120 a minute per user, so most
    // calls go to readiness (no limit), every fourth to clearances while the budget lasts.
    let clearancesBudget = 60;
    type Phase = "up" | "down" | "back";
    let phase = "up" as Phase;
    const answers: { phase: Phase; status: number; retryAfter: string | null }[] = [];
    const writes: { phase: Phase; name: string; state: { status: string; code?: string } }[] = [];
    let running = true;
    const caller = async (i: number) => {
      for (let n = 0; running; n++) {
        const sentIn = phase;
        if (i < 3) {
          const write = newLocation();
          writes.push({ phase: sentIn, name: write.name, state: await write.answer });
          continue;
        }
        const response = await ((i + n) % 4 === 0 && clearancesBudget-- > 0 ? clearances() : ready());
        answers.push({ phase: sentIn, status: response.status, retryAfter: response.headers.get("Retry-After") });
      }
    };
    const callers = Array.from({ length: 20 }, (_, i) => caller(i));
    // Cut once the load is flowing (answers are coming back), not at a fixed moment: on a busy
    // machine the first answers can take longer than any fixed delay.
    await until(() => answers.filter((a) => a.status === 200).length >= 20 && writes.length >= 3);
    phase = "down";
    await proxy.stop();
    await until(() => answers.filter((a) => a.phase === "down").length >= 20);
    await sleep(300);
    await proxy.start();
    phase = "back";
    await until(() => answers.filter((a) => a.phase === "back").length >= 40);
    running = false;
    await Promise.all(callers);

    const unexpected = answers.filter((a) => a.status !== 200 && !(a.status === 503 && a.retryAfter === "5"));
    expect(unexpected).toEqual([]);
    expect(answers.some((a) => a.phase === "up" && a.status === 200)).toBe(true);
    expect(answers.some((a) => a.phase === "down" && a.status === 503)).toBe(true);
    // Sent once the database was back: every one answered normally, on the same pool.
    expect(answers.filter((a) => a.phase === "back" && a.status !== 200)).toEqual([]);

    const odd = writes.filter((w) => w.state.status !== "success" && w.state.code !== "UNAVAILABLE");
    expect(odd).toEqual([]);
    expect(writes.some((w) => w.phase === "down" && w.state.code === "UNAVAILABLE")).toBe(true);
    const written = await expectWholeOrAbsent(writes.map((w) => w.name));
    for (const w of writes.filter((w) => w.state.status === "success")) expect(written).toContain(w.name);
    // Refused while the database was away (sent and answered in the outage): not written at all.
    for (const w of writes.filter((w) => w.phase === "down" && w.state.code === "UNAVAILABLE")) expect(written).not.toContain(w.name);
  });

  it("during the outage: 503 with Retry-After and problem details from routes, UNAVAILABLE from actions, nothing written", async () => {
    await proxy.stop();
    const writes = Array.from({ length: 5 }, newLocation);
    const [responses, states] = await Promise.all([Promise.all(load()), Promise.all(writes.map((w) => w.answer))]);

    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    }
    const clearancesAnswer = await responses[1]!.json();
    expect(clearancesAnswer).toEqual({ type: "about:blank", title: "Database unavailable", status: 503, detail: "The database is unavailable; try again shortly." });
    for (const state of states) {
      expect(state).toMatchObject({ status: "error", code: "UNAVAILABLE", message: "The database is briefly unavailable. Nothing was saved; try again in a few seconds.", values: { name: expect.stringContaining("Outage clinic") } });
    }

    // A page: the guard's first query fails with the digest app/error.tsx shows its own message for.
    await expect(app.requireActor()).rejects.toMatchObject({ name: "DatabaseUnavailableError", digest: "DATABASE_UNAVAILABLE" });

    await proxy.start();
    expect(await expectWholeOrAbsent(writes.map((w) => w.name))).toEqual([]);
  });

  it("once the database is back, the same calls succeed without restarting anything", async () => {
    const responses = await Promise.all(load());
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    const writes = Array.from({ length: 5 }, newLocation);
    const states = await Promise.all(writes.map((w) => w.answer));
    expect(states.map((s) => s.status)).toEqual(states.map(() => "success"));
    expect((await expectWholeOrAbsent(writes.map((w) => w.name))).sort()).toEqual(writes.map((w) => w.name).sort());
  });
});
