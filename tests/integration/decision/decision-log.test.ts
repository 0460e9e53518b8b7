import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as decisionsApi } from "@/app/api/reports/decisions/route";
import { prisma } from "@/lib/db/client";
import type { AuditContext } from "@/lib/audit/mutations";
import { answerAllTasks, answerOneTask } from "@/lib/clearance/check";
import type { Decision } from "@/lib/clearance/decide";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { getDecision, listDecisions } from "@/lib/decision/data";
import { decisionFilter, type DecisionFilter } from "@/lib/decision/filter";
import { storedDecision } from "@/lib/decision/rows";
import { decisionQuerySchema } from "@/lib/decision/schema";
import { seedDemo } from "@/tests/support/demo";
import { makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { makeActor } from "@/tests/support/subjects";
import { countQueries, testEngine } from "@/tests/support/test-database";
import { firstIssue } from "@/tests/support/words";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

const SEEDED = new Date("2026-11-20T17:00:00Z");
const TUESDAY = new Date("2026-11-24T18:40:00Z");
const ZONE = "America/Los_Angeles";

let demo: Awaited<ReturnType<typeof seedDemo>>;
let oakland: string;
let tacoma: string;
let mariaCheck: Decision;
let emilyOverview: number;

const context = (actorLabel: string): AuditContext => ({ actorUserId: null, actorLabel, ip: null, userAgent: null });
const everything: DecisionFilter = { locationIds: null };
const all = async (filter: DecisionFilter) => (await listDecisions(filter, {}, 1_000)).rows;
const decisions = (query: string) => decisionsApi(new Request(`http://test/api/reports/decisions?${query}`));

beforeAll(async () => {
  demo = await seedDemo(SEEDED);
  oakland = demo.location("Oakland");
  tacoma = demo.location("Tacoma");
  mariaCheck = (await answerOneTask(demo.person("Maria").id, "taskvenipuncture", oakland, TUESDAY, context("maria@cleared.example"), "check"))!.decision;
  const [overview] = await answerAllTasks(demo.person("Emily").id, [tacoma], TUESDAY, context("emily@cleared.example"), "overview");
  emilyOverview = overview!.answers.length;
  await answerOneTask(demo.person("Kevin").id, "taskvenipuncture", oakland, TUESDAY, context("ehr-integration"), "api");
  await answerOneTask(demo.person("Marcus").id, "taskvenipuncture", tacoma, TUESDAY, context("manager.tacoma@cleared.example"), "check");
});

describe(`the decision log (${testEngine})`, () => {
  it("lists what the system said, newest first, with names resolved", async () => {
    const rows = await all(everything);
    expect(rows).toHaveLength(emilyOverview + 3);
    expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((a, b) => b - a));
    expect(rows[0]).toMatchObject({ personName: "Marcus Brown", taskName: "Drawing blood (venipuncture)", locationName: "Tacoma Clinic", answer: "not_cleared", source: "check", askedByLabel: "manager.tacoma@cleared.example" });
    expect(rows[0]!.reason).toMatch(/was suspended on/);
    expect(rows[0]!.factors).toMatchObject({ state_law: "met", employer_policy: "not_met" });
  });

  it("filters by person name or id, task, location, answer and source", async () => {
    const maria = demo.person("Maria").id;
    for (const person of ["maria", "GONZALEZ Maria", maria]) {
      expect((await all({ ...everything, person })).map((r) => r.personId)).toEqual([maria]);
    }
    expect(await all({ ...everything, person: "Nobody Atall" })).toEqual([]);
    expect((await all({ ...everything, taskId: "taskvenipuncture" })).map((r) => r.personName).sort()).toEqual(["Emily Nguyen", "Kevin Tran", "Marcus Brown", "Maria Gonzalez"]);
    expect(new Set((await all({ ...everything, locationIds: [oakland] })).map((r) => r.locationName))).toEqual(new Set(["Oakland Clinic"]));
    expect((await all({ ...everything, answer: "not_cleared" })).every((r) => r.answer === "not_cleared")).toBe(true);
    expect((await all({ ...everything, source: "api" })).map((r) => r.askedByLabel)).toEqual(["ehr-integration"]);
    expect(await all({ ...everything, source: "overview", locationIds: [oakland] })).toEqual([]);
  });

  it("filters by the days asked, on the organization's clock, both inclusive", async () => {
    const admin = makeActor("admin");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
    const filter = (query: Record<string, string>) => decisionFilter(decisionQuerySchema.parse(query), admin, [], ZONE);
    expect(await all(filter({ from: today, to: today }))).toHaveLength(emilyOverview + 3);
    expect(await all(filter({ to: "2026-01-01" }))).toEqual([]);
    expect(await all(filter({ from: "2200-01-01" }))).toEqual([]);
    const backwards = decisionQuerySchema.safeParse({ from: "2026-03-02", to: "2026-03-01" });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["to"] });
    expect(firstIssue(backwards)).toBe("The end date must be on or after the start date.");
  });

  it("pages by keyset: every row once, in order, forwards and back, at a fixed number of queries a page", async () => {
    const everyRow = (await all(everything)).map((r) => r.seq);
    const seen: number[] = [];
    const pages: number[][] = [];
    let before: number | undefined;
    for (;;) {
      const { result: page, queries } = await countQueries(() => listDecisions(everything, { before }, 4));
      expect(queries).toBeLessThanOrEqual(4);
      pages.push(page.rows.map((r) => r.seq));
      seen.push(...page.rows.map((r) => r.seq));
      expect(page.newer).toBe(before !== undefined);
      if (!page.older) break;
      before = page.rows.at(-1)!.seq;
    }
    expect(seen).toEqual(everyRow);
    const back = await listDecisions(everything, { after: pages[1]![0] }, 4);
    expect(back.rows.map((r) => r.seq)).toEqual(pages[0]);
    expect(back).toMatchObject({ newer: false, older: true });
  });

  it("keeps the breakdown exactly as it was shown", async () => {
    const logged = await prisma.decisionLog.findFirstOrThrow({ where: { personId: demo.person("Maria").id } });
    const stored = await getDecision(logged.seq);
    expect(stored).toMatchObject({ seq: logged.seq, personName: "Maria Gonzalez", engineVersion: "2.1.0", source: "check", askedByLabel: "maria@cleared.example", moment: TUESDAY });
    expect(stored!.breakdown).toStrictEqual(JSON.parse(JSON.stringify(mariaCheck)));
    expect(storedDecision(stored!.breakdown)).toEqual(mariaCheck);
    expect(storedDecision({ answer: "maybe" })).toBeNull();
    expect(await getDecision(2_000_000_000)).toBeNull();
  });

  it("exports the filtered log as CSV and records the SHA-256 of the bytes sent", async () => {
    const auditor = await makeUser({ grants: [{ role: "auditor" }] });
    await signInAs(auditor.user);
    const response = await decisions(`location=${tacoma}&source=overview`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const decoded = decodeCsv(bytes);
    const parsed = decoded.ok ? parseCsv(decoded.text) : null;
    const [header, ...rows] = parsed?.ok ? parsed.rows : [];
    expect(header).toContain("reason");
    expect(rows).toHaveLength(emilyOverview);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "export.completed" }, orderBy: { seq: "desc" } });
    expect(event.after).toMatchObject({ kind: "decisions.csv", sha256: createHash("sha256").update(bytes).digest("hex"), filters: { locationIds: [tacoma], source: "overview" } });
    expect((await decisions("answer=maybe")).status).toBe(400);
  });

  it("shows a scoped auditor only the decisions at their locations and refuses another's", async () => {
    const scoped = await makeUser({ grants: [{ role: "auditor", locationId: oakland }] });
    await signInAs(scoped.user);
    const refused = await decisions(`location=${tacoma}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toMatch(/Emily|Marcus|Tacoma/);
    const text = await (await decisions("")).text();
    expect(text).toMatch(/Maria Gonzalez/);
    expect(text).not.toMatch(/Emily|Marcus|Tacoma/);
  });
});
