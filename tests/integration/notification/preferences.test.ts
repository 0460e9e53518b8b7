import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { savePreferencesAction } from "@/lib/notification/actions";
import { OWN_EXPIRY_REQUIRED } from "@/lib/notification/schema";
import { signInNew } from "@/tests/support/actors";
import { makeLocation, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";
import { english } from "@/tests/support/words";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const saved = (userId: string) => prisma.notificationPreference.findMany({ where: { userId }, orderBy: { kind: "asc" }, select: { kind: true, cadence: true } });
const changes = () => prisma.auditEvent.count({ where: { action: { not: "access.denied" } } });

describe(`notification preferences (${testEngine})`, () => {
  it("saves a user's choices with the audit event", async () => {
    const { user } = await signInNew([{ role: "medical_assistant" }]);
    const state = await savePreferencesAction(undefined, form({ record_expiring: "weekly", authorization_lapsed: "off" }));
    expect(state).toEqual({ status: "success", message: "Notification settings saved.", data: undefined });
    expect(await saved(user.id)).toEqual([
      { kind: "record_expiring", cadence: "weekly" },
      { kind: "authorization_lapsed", cadence: "off" },
    ]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "notification.preferences", entityId: user.id } });
    expect(event).toMatchObject({ actorUserId: user.id, after: { record_expiring: "weekly", authorization_lapsed: "off" } });

    await savePreferencesAction(undefined, form({ record_expiring: "daily" }));
    expect(await saved(user.id)).toEqual([
      { kind: "record_expiring", cadence: "daily" },
      { kind: "authorization_lapsed", cadence: "off" },
    ]);
  });

  it("refuses a medical assistant turning off her own expiry reminders, and changes nothing", async () => {
    const { user } = await signInNew([{ role: "medical_assistant" }]);
    await savePreferencesAction(undefined, form({ record_expiring: "weekly" }));
    const before = await changes();
    const state = await savePreferencesAction(undefined, form({ record_expiring: "off", authorization_lapsed: "daily" }));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", message: english(OWN_EXPIRY_REQUIRED), fieldErrors: { record_expiring: english(OWN_EXPIRY_REQUIRED) } });
    expect(await saved(user.id)).toEqual([{ kind: "record_expiring", cadence: "weekly" }]);
    expect(await changes()).toBe(before);
  });

  it("refuses her in Spanish when she reads Spanish", async () => {
    const { user } = await makeUser({ grants: [{ role: "medical_assistant" }] });
    await prisma.user.update({ where: { id: user.id }, data: { locale: "es" } });
    await signInAs(user);
    const refusal = "Siempre recibe avisos cuando vencen sus propios registros: elija de inmediato, a diario o semanalmente.";
    expect(await savePreferencesAction(undefined, form({ record_expiring: "off" }))).toMatchObject({ status: "error", message: refusal, fieldErrors: { record_expiring: refusal } });
  });

  it("lets a manager turn off expiry reminders about their staff", async () => {
    const location = await makeLocation();
    const { user } = await signInNew([{ role: "manager", locationId: location.id }], [location.id]);
    expect(await savePreferencesAction(undefined, form({ record_expiring: "off" }))).toMatchObject({ status: "success" });
    expect(await saved(user.id)).toEqual([{ kind: "record_expiring", cadence: "off" }]);
  });

  it.each([
    ["a cadence that does not exist", { record_expiring: "hourly" }, { record_expiring: "Choose immediately, daily, weekly or off." }],
    ["a kind that does not exist", { record_expiring: "daily", birthdays: "daily" }, { form: "This form has settings Cleared does not know. Reload the page and try again." }],
    ["an empty form", {}, { form: "Choose how often to hear about at least one kind of reminder." }],
    ["a NUL byte", { signoff_waiting: "daily\u0000" }, { signoff_waiting: "Choose immediately, daily, weekly or off." }],
  ])("refuses %s with a message and changes nothing", async (_name, fields, fieldErrors) => {
    const { user } = await signInNew([{ role: "validator", locationId: (await makeLocation()).id }]);
    const before = await changes();
    expect(await savePreferencesAction(undefined, form(fields))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors });
    expect(await saved(user.id)).toEqual([]);
    expect(await changes()).toBe(before);
  });
});
