import { spawnSync } from "node:child_process";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/dataset";
import { DEMO, signInAs } from "./support/fixtures";
import { MULTI, MULTI_SECRET, query, startCluster, type Cluster } from "./support/instances";

/**
 * Two instances of the production build on one PostgreSQL database, as a clinic group runs
 * Cleared behind a load balancer. Needs TEST_DATABASE_URL (CI sets it); skipped without a server.
 */
const databaseServer = process.env.TEST_DATABASE_URL;
test.skip(!databaseServer, "needs a PostgreSQL server (TEST_DATABASE_URL)");
test.describe.configure({ mode: "serial" });

let cluster: Cluster;
const A = `http://localhost:${MULTI.a}`;
const B = `http://localhost:${MULTI.b}`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startCluster(databaseServer!);
});
test.afterAll(async () => {
  await cluster?.stop();
});

async function passwordSignIn(api: APIRequestContext, email: string, password: string = DEMO_PASSWORD) {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  return api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
}

const signedIn = async (api: APIRequestContext) => (await api.get("/account/password", { maxRedirects: 0 })).status() === 200;

test("a session made on one instance works on the other", async () => {
  const onA = await request.newContext({ baseURL: A });
  expect((await passwordSignIn(onA, DEMO.maria)).ok()).toBe(true);
  const onB = await request.newContext({ baseURL: B, storageState: await onA.storageState() });
  expect(await signedIn(onB)).toBe(true);
  await Promise.all([onA.dispose(), onB.dispose()]);
});

test("the sign-in throttle counts failures on both instances together", async () => {
  const [onA, onB] = await Promise.all([request.newContext({ baseURL: A }), request.newContext({ baseURL: B })]);
  for (let i = 0; i < 5; i++) await passwordSignIn(i % 2 === 0 ? onA : onB, "aisha@cleared.example", `wrong guess ${i}`);
  // Five failures, three on A and two on B: the right password is paused on either.
  expect((await passwordSignIn(onB, "aisha@cleared.example")).status()).toBe(429);
  expect((await passwordSignIn(onA, "aisha@cleared.example")).status()).toBe(429);
  await Promise.all([onA.dispose(), onB.dispose()]);
});

test("concurrent audited writes on both instances leave one unbroken chain", async () => {
  const before = Number((await query<{ n: string }>(cluster.databaseUrl, `SELECT count(*) AS n FROM "AuditEvent"`))[0]!.n);
  const contexts = await Promise.all(Array.from({ length: 8 }, (_, i) => request.newContext({ baseURL: i % 2 === 0 ? A : B })));
  // Eight callers at once, four on each instance, five sign-ins each (one at a time per caller: a
  // browser's CSRF cookie is one per jar).
  await Promise.all(
    contexts.map(async (api, i) => {
      for (let j = 0; j < 5; j++) await passwordSignIn(api, `nobody.${i}.${j}@example.org`, "not a password");
    }),
  );
  await Promise.all(contexts.map((api) => api.dispose()));
  const after = Number((await query<{ n: string }>(cluster.databaseUrl, `SELECT count(*) AS n FROM "AuditEvent"`))[0]!.n);
  expect(after - before).toBeGreaterThanOrEqual(40);
  const verify = spawnSync("npm", ["run", "--silent", "audit:verify"], { env: { ...process.env, DATABASE_URL: cluster.databaseUrl, NEXTAUTH_SECRET: MULTI_SECRET }, encoding: "utf8" });
  expect(verify.status, `${verify.stdout}${verify.stderr}`).toBe(0);
  // No two events claim the same place in the chain.
  expect(await query(cluster.databaseUrl, `SELECT "prevHash" FROM "AuditEvent" GROUP BY "prevHash" HAVING count(*) > 1`)).toEqual([]);
});

test("a user deactivated on one instance is refused by the other at the next request", async ({ browser }) => {
  const maria = await request.newContext({ baseURL: B });
  expect((await passwordSignIn(maria, DEMO.maria)).ok()).toBe(true);
  expect(await signedIn(maria)).toBe(true);

  const admin = await browser.newContext({ baseURL: A });
  const page = await admin.newPage();
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users?q=maria");
  await page.getByRole("link", { name: "Maria Gonzalez" }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await page.getByRole("dialog", { name: "Deactivate Maria Gonzalez?" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText(/Account deactivated/)).toBeVisible();

  expect(await signedIn(maria)).toBe(false);
  await Promise.all([maria.dispose(), admin.close()]);
});

test("each scheduled job runs once per tick and each reminder goes out once, whichever instance takes it", async () => {
  test.setTimeout(150_000);
  // The flush is scheduled every minute by both instances: wait for a tick (a busy machine may skip
  // one, since the queue holds one flush at a time), then no minute may have had two.
  await expect
    .poll(async () => Number((await query<{ n: string }>(cluster.databaseUrl, `SELECT count(DISTINCT date_trunc('minute', created_on)) AS n FROM pgboss.job WHERE name = 'notify-flush'`))[0]!.n), { timeout: 120_000, intervals: [5_000] })
    .toBeGreaterThanOrEqual(1);
  expect(await query(cluster.databaseUrl, `SELECT date_trunc('minute', created_on) AS minute, count(*) FROM pgboss.job WHERE name = 'notify-flush' GROUP BY 1 HAVING count(*) > 1`)).toEqual([]);
  // Both instances' flushes may queue a send for the same message (a finished job no longer holds
  // its key); the database lets one claim it, so each reminder goes out once.
  await expect.poll(async () => (await query(cluster.databaseUrl, `SELECT id FROM "Message" WHERE status = 'pending'`)).length, { timeout: 30_000 }).toBe(0);
  const messages = await query<{ status: string; attempts: number }>(cluster.databaseUrl, `SELECT status, attempts FROM "Message"`);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.filter((m) => m.status !== "outbox" || m.attempts !== 1)).toEqual([]);
});

test("a database restart under load: pages and routes answer 503 with Retry-After, the page says what happened, never 500, and they recover by themselves", async ({ browser }) => {
  test.setTimeout(120_000);
  const base = `http://localhost:${MULTI.proxy}`;
  const emily = await request.newContext({ baseURL: base });
  expect((await passwordSignIn(emily, DEMO.emily)).ok()).toBe(true);
  type Phase = "up" | "down" | "back";
  let phase: Phase = "up";
  const answers: { phase: Phase; path: string; status: number; retryAfter?: string }[] = [];
  let running = true;
  const caller = async (i: number) => {
    for (let n = 0; running; n++) {
      const sentIn = phase;
      const path = (i + n) % 2 === 0 ? "/account/password" : "/api/me";
      const response = await emily.get(path, { maxRedirects: 0, failOnStatusCode: false });
      await response.body();
      answers.push({ phase: sentIn, path, status: response.status(), retryAfter: response.headers()["retry-after"] });
    }
  };
  const callers = Array.from({ length: 6 }, (_, i) => caller(i));
  await expect.poll(() => answers.filter((a) => a.status === 200).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(12);
  phase = "down";
  await cluster.database.stop();
  // In a browser meanwhile: the page itself says what happened and what to do.
  const context = await browser.newContext({ baseURL: base, storageState: await emily.storageState() });
  const page = await context.newPage();
  const shown = await page.goto("/account/password");
  expect(shown?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "The database is briefly unavailable" })).toBeVisible();
  await expect(page.getByText(/Nothing was changed. Try again in a few seconds/)).toBeVisible();
  await expect.poll(() => answers.filter((a) => a.phase === "down").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(12);
  await cluster.database.start();
  phase = "back";
  await expect.poll(() => answers.filter((a) => a.phase === "back").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(24);
  running = false;
  await Promise.all(callers);
  // "Try again" once the database is back: the page as usual.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await Promise.all([emily.dispose(), context.close()]);

  expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
  const unavailable = answers.filter((a) => a.status === 503);
  expect(new Set(unavailable.map((a) => a.path))).toEqual(new Set(["/account/password", "/api/me"]));
  expect(unavailable.filter((a) => a.retryAfter !== "5")).toEqual([]);
  // Sent once the database was back: each answered as usual, by instances nobody restarted.
  expect(answers.filter((a) => a.phase === "back" && a.status !== 200)).toEqual([]);
});
