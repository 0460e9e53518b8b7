import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { savePolicyAction } from "@/lib/policy/actions";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makeStateRule } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Employer policy may only be stricter than state law. The world: a Washington clinic and an Oregon
 * clinic. Washington prohibits MA injections and wants venipuncture on premises; Oregon prohibits
 * specimen collection. A policy for one clinic answers to its state; an organization-wide one to both.
 */
let tacoma: string;
let portland: string;
let admin: Awaited<ReturnType<typeof signInNew>>;

beforeAll(async () => {
  tacoma = (await makeLocation({ name: "Tacoma Clinic", state: "WA" })).id;
  portland = (await makeLocation({ name: "Portland Clinic", state: "OR" })).id;
  await makeStateRule({ state: "WA", taskId: "taskinjections", outcome: "prohibited", citation: "WAC 246-827-0240" });
  await makeStateRule({ state: "WA", taskId: "taskvenipuncture", outcome: "conditional", supervisionLevel: "on_premises", citation: "RCW 18.360.050" });
  await makeStateRule({ state: "OR", taskId: "taskspecimens", outcome: "prohibited", citation: "OAR 847-010-0120" });
  admin = await signInNew([{ role: "admin" }]);
});

beforeEach(async () => {
  await signInAs(admin.user);
});

const policy = (overrides: Record<string, string>) => ({ maMayPerform: "on", requiresCompetency: "on", effectiveFrom: "2026-12-01", documentRef: "Clinical Staff Policy CS-12", ...overrides });

async function refused(input: Record<string, string>) {
  const before = await rowCounts();
  const state = await savePolicyAction(undefined, policy(input));
  expect(state).toMatchObject({ status: "error", code: "REFUSED" });
  expect(await rowCounts(), "a refused policy writes nothing").toEqual(before);
  return state as { message: string; fieldErrors: Record<string, string> };
}

describe(`employer policy may only narrow state law (${testEngine})`, () => {
  it("refuses allowing a task the state prohibits, citing the rule", async () => {
    const state = await refused({ taskId: "taskinjections", locationId: tacoma });
    expect(state.message).toBe("Employer policy may only be stricter than state law. Washington rule v1 (WAC 246-827-0240) prohibits this task for medical assistants: the policy cannot allow it.");
    expect(state.fieldErrors).toEqual({ maMayPerform: "Washington rule v1 (WAC 246-827-0240) prohibits this task for medical assistants: the policy cannot allow it." });
  });

  it("refuses allowing a refinement of a prohibited task", async () => {
    const state = await refused({ taskId: "taskinjectionsintramuscular", locationId: tacoma });
    expect(state.message).toContain("WAC 246-827-0240");
  });

  it("refuses asking for less supervision than the state requires", async () => {
    const state = await refused({ taskId: "taskvenipuncture", locationId: tacoma, minSupervisionLevel: "general" });
    expect(state.message).toContain("Washington rule v1 (RCW 18.360.050) requires on premises supervision: the policy cannot ask for less (general).");
    expect(state.fieldErrors).toHaveProperty("minSupervisionLevel");
  });

  it("an organization-wide policy answers to every state the organization works in", async () => {
    const state = await refused({ taskId: "taskspecimens" });
    expect(state.message).toContain("Oregon rule v1 (OAR 847-010-0120) prohibits this task");
    // The same policy for the Washington clinic alone loosens nothing.
    expect(await savePolicyAction(undefined, policy({ taskId: "taskspecimens", locationId: tacoma }))).toMatchObject({ status: "success" });
  });

  it("saves a narrowing policy with its audit event", async () => {
    const before = await rowCounts();
    const stricter = await savePolicyAction(undefined, policy({ taskId: "taskvenipuncture", locationId: tacoma, minSupervisionLevel: "direct_visual", revalidationMonths: "12" }));
    expect(stricter).toMatchObject({ status: "success", message: "Policy saved." });
    const forbidding = await savePolicyAction(undefined, policy({ taskId: "taskinjections", locationId: tacoma, maMayPerform: "false" }));
    expect(forbidding).toMatchObject({ status: "success" });

    const saved = await prisma.employerPolicy.findFirstOrThrow({ where: { taskId: "taskvenipuncture", locationId: tacoma } });
    expect(saved).toMatchObject({ version: 1, maMayPerform: true, minSupervisionLevel: "direct_visual", revalidationMonths: 12, recordedById: admin.user.id });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "policy.create", entityId: saved.lineageId } });
    expect(event).toMatchObject({ actorUserId: admin.user.id, locationId: tacoma, after: { minSupervisionLevel: "direct_visual", version: 1 } });
    const after = await rowCounts();
    expect([after.policies - before.policies, after.changes - before.changes]).toEqual([2, 2]);
  });

  it("checks the edit of an existing policy too, and refuses a stale edit", async () => {
    const created = await savePolicyAction(undefined, policy({ taskId: "taskvitals", locationId: portland, minSupervisionLevel: "on_premises" }));
    const { lineageId } = (created as { data: { lineageId: string } }).data;
    await makeStateRule({ state: "OR", taskId: "taskvitals", outcome: "conditional", supervisionLevel: "on_premises", citation: "OAR 847-010-0110" });

    await refused({ taskId: "taskvitals", locationId: portland, lineageId, version: "1", minSupervisionLevel: "general" });
    expect(await savePolicyAction(undefined, policy({ taskId: "taskvitals", locationId: portland, lineageId, version: "1", minSupervisionLevel: "direct_visual" }))).toMatchObject({ status: "success", message: expect.stringMatching(/^Saved as version 2, in force from /) });

    const before = await rowCounts();
    const stale = await savePolicyAction(undefined, policy({ taskId: "taskvitals", locationId: portland, lineageId, version: "1", minSupervisionLevel: "direct_visual", documentRef: "Mine" }));
    expect(stale).toMatchObject({ status: "error", code: "STALE", values: { documentRef: "Mine", version: "1" } });
    expect(stale.status === "error" && stale.message).toMatch(new RegExp(`changed by ${admin.user.email.replace(/\./g, "\\.")} at \\d{2}:\\d{2}`));
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses hostile text with a clear field message, writing nothing", async () => {
    const before = await rowCounts();
    const state = await savePolicyAction(undefined, policy({ taskId: "taskvitals", locationId: tacoma, documentRef: "p".repeat(100_000) }));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { documentRef: "Policy document must be at most 200 characters." } });
    expect(await rowCounts()).toEqual(before);
  });

  it("answers an admin who reads Spanish in Spanish, every rule loosened named in turn", async () => {
    await prisma.user.update({ where: { id: admin.user.id }, data: { locale: "es" } });
    try {
      await makeStateRule({ state: "OR", taskId: "taskinjections", outcome: "prohibited", citation: "OAR 847-010-0130" });
      const state = await refused({ taskId: "taskinjections" });
      // The rules come in the order the database gives them: either state may be named first.
      const intro = "La política del empleador solo puede ser más estricta que la ley estatal. ";
      const washington = "La regla de Washington v1 (WAC 246-827-0240) prohíbe esta tarea a los asistentes médicos: la política no puede permitirla.";
      const oregon = "La regla de Oregon v1 (OAR 847-010-0130) prohíbe esta tarea a los asistentes médicos: la política no puede permitirla.";
      expect([`${intro}${washington} ${oregon}`, `${intro}${oregon} ${washington}`]).toContain(state.message);
      const months = await savePolicyAction(undefined, policy({ taskId: "taskvitals", locationId: tacoma, revalidationMonths: "soon" }));
      expect(months).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { revalidationMonths: "Los meses deben ser un número." } });
      expect(await savePolicyAction(undefined, policy({ taskId: "taskvitals", locationId: tacoma }))).toMatchObject({ status: "success", message: "Política guardada." });
    } finally {
      await prisma.user.update({ where: { id: admin.user.id }, data: { locale: null } });
    }
  });
});
