import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveLocationAction } from "@/lib/location/actions";
import { signInNew } from "@/tests/support/actors";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/** What a location's form says back: the same English as ever, and Spanish for an admin who reads it. */
let admin: Awaited<ReturnType<typeof signInNew>>;
const fields = (name: string, extra: Record<string, string> = {}) => ({ name, address: "1 Main St", state: "WA", timeZone: "America/Los_Angeles", ...extra });
const saved = (state: unknown) => (state as { data: { id: string } }).data.id;
const version = async (id: string) => String((await prisma.location.findUniqueOrThrow({ where: { id } })).version);

beforeEach(async () => {
  admin = await signInNew([{ role: "admin" }]);
});

describe(`a location's messages (${testEngine})`, () => {
  it("adds, saves and changes the check-in setting in the same words as before", async () => {
    const added = await saveLocationAction(undefined, fields("Olympia Clinic"));
    expect(added).toMatchObject({ status: "success", message: "Location added." });
    const id = saved(added);
    const checkIns = await saveLocationAction(undefined, fields("Olympia Clinic", { locationId: id, version: await version(id), requiresCheckIn: "on" }));
    expect(checkIns).toMatchObject({ status: "success", message: "Location saved. From now on, on-site supervision here counts only while the provider is checked in." });
    const moved = await saveLocationAction(undefined, fields("Olympia Clinic", { locationId: id, version: await version(id), requiresCheckIn: "on", state: "OR" }));
    expect(moved).toMatchObject({ status: "error", code: "VALIDATION", message: "Say whether the state or zone was entered wrong, or changed on a date.", fieldErrors: { change: "Choose one." } });
    const corrected = await saveLocationAction(undefined, fields("Olympia Clinic", { locationId: id, version: await version(id), state: "OR", change: "correction" }));
    expect(corrected).toMatchObject({ status: "success", message: "Location corrected: answers for every moment use the new state and zone. From now on, the plan is enough: no check-in needed." });
  });

  it("says the same in Spanish", async () => {
    await prisma.user.update({ where: { id: admin.user.id }, data: { locale: "es" } });
    const badZone = await saveLocationAction(undefined, fields("Salem Clinic", { timeZone: "Mars/Olympus" }));
    expect(badZone).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { timeZone: "Elija una zona horaria de la lista (p. ej., America/Los_Angeles)." } });
    const added = await saveLocationAction(undefined, fields("Salem Clinic"));
    expect(added).toMatchObject({ status: "success", message: "Sede agregada." });
    expect(await saveLocationAction(undefined, fields("Salem Clinic"))).toMatchObject({ status: "error", code: "CONFLICT", fieldErrors: { name: "Otra sede tiene este nombre." } });
    const checkIns = await saveLocationAction(undefined, fields("Salem Clinic", { locationId: saved(added), version: await version(saved(added)), requiresCheckIn: "on" }));
    expect(checkIns).toMatchObject({ status: "success", message: "Sede guardada. De ahora en adelante, la supervisión presencial aquí cuenta solo mientras el proveedor tenga registrada su entrada." });
  });
});
