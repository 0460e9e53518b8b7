import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveRuleAction, verifyRuleAction } from "@/lib/rule/actions";
import { wallClock } from "@/lib/time/zoned";
import { signInNew } from "@/tests/support/actors";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/** What a state rule's editor says back: the same English as ever, and Spanish for an admin who reads it. */
const STATES = ["MT", "ND"];
const today = wallClock(new Date(), "America/Los_Angeles").date;
let admin: Awaited<ReturnType<typeof signInNew>>;
let state: string;
const rule = (fields: Record<string, string> = {}) => ({ state, taskId: "taskvitals", outcome: "conditional", supervisionLevel: "on_premises", citation: "Rule 1", sourceUrl: "https://example.org/rule", effectiveFrom: "2020-01-01", lastVerifiedOn: today, ...fields });

beforeEach(async () => {
  state = STATES.shift()!;
  admin = await signInNew([{ role: "admin" }]);
});

describe(`a state rule's messages (${testEngine})`, () => {
  it("saves, refuses a second rule for the same key and verifies, in the same words as before", async () => {
    const saved = await saveRuleAction(undefined, rule());
    expect(saved).toMatchObject({ status: "success", message: "Rule saved." });
    const { name } = await prisma.task.findUniqueOrThrow({ where: { id: "taskvitals" } });
    const again = await saveRuleAction(undefined, rule());
    expect(again).toMatchObject({ status: "error", code: "CONFLICT", message: `A rule for ${name} in ${state} for every tier already exists: open it and add a version instead.` });
    const { lineageId } = (saved as { data: { lineageId: string } }).data;
    expect(await verifyRuleAction(undefined, { lineageId, version: "1", verifies: "1" })).toMatchObject({ status: "success", message: "Version 1 marked verified today." });
  });

  it("says the same in Spanish", async () => {
    await prisma.user.update({ where: { id: admin.user.id }, data: { locale: "es" } });
    expect(await saveRuleAction(undefined, rule({ minTrainingHours: "many" }))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { minTrainingHours: "Horas de capacitación debe ser un número." } });
    expect(await saveRuleAction(undefined, rule({ intent: "preview" }))).toMatchObject({ status: "success", message: "Todavía no se guardó nada: esto es lo que cambiaría la versión." });
    expect(await saveRuleAction(undefined, rule())).toMatchObject({ status: "success", message: "Regla guardada." });
    const { name } = await prisma.task.findUniqueOrThrow({ where: { id: "taskvitals" } });
    expect(await saveRuleAction(undefined, rule({ credentialTier: "ma_c" }))).toMatchObject({ status: "success" });
    expect(await saveRuleAction(undefined, rule({ credentialTier: "ma_c" }))).toMatchObject({ status: "error", code: "CONFLICT", message: `Ya existe una regla para ${name} en ${state} para este nivel de credencial: ábrala y agregue una versión en su lugar.` });
  });
});
