import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { addEmploymentAction } from "@/lib/person/actions";
import { signInAs } from "@/tests/support/session";
import { makeLocation, makePerson, makeUser } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * A manager's refused form, through a real action built with authorizedAction: the schema's field
 * errors and the mutation's message come back in the manager's own language (User.locale), and an
 * English-speaking manager reads exactly the words of before.
 */
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

let locationId: string;
let locationName: string;
let maId: string;

async function signInManager(locale: "es" | null) {
  const { user } = await makeUser({ grants: [{ role: "manager", locationId }], locationIds: [locationId] });
  await prisma.user.update({ where: { id: user.id }, data: { locale } });
  await signInAs(user);
}

beforeEach(async () => {
  ({ id: locationId, name: locationName } = await makeLocation());
  maId = (await makePerson({ locationIds: [locationId], employedFrom: "2024-01-01" })).id;
});

describe(`a manager's refused form, in their language (${testEngine})`, () => {
  it("gives a Spanish-speaking manager Spanish field errors and message", async () => {
    await signInManager("es");
    const bad = await addEmploymentAction(undefined, form({ personId: maId, locationId, from: "2026-02-01", lastDay: "2026-01-31" }));
    expect(bad).toMatchObject({ status: "error", code: "VALIDATION", message: "Algunos campos necesitan atención.", fieldErrors: { lastDay: "El último día no puede ser anterior al primer día." } });
    const missing = await addEmploymentAction(undefined, form({ personId: maId, locationId, from: "" }));
    expect(missing).toMatchObject({ status: "error", fieldErrors: { from: "El campo «Primer día» es obligatorio." } });
    const overlap = await addEmploymentAction(undefined, form({ personId: maId, locationId, from: "2025-01-01" }));
    const message = `Esto se superpone con el empleo en ${locationName} desde el 2024-01-01. Cambie ese período o elija fechas fuera de él.`;
    expect(overlap).toMatchObject({ status: "error", code: "CONFLICT", message, fieldErrors: { from: message } });
  });

  it("gives an English-speaking manager the same words as before", async () => {
    await signInManager(null);
    const bad = await addEmploymentAction(undefined, form({ personId: maId, locationId, from: "2026-02-01", lastDay: "2026-01-31" }));
    expect(bad).toMatchObject({ status: "error", code: "VALIDATION", message: "Some fields need attention.", fieldErrors: { lastDay: "The last day cannot be before the first day." } });
    const overlap = await addEmploymentAction(undefined, form({ personId: maId, locationId, from: "2025-01-01" }));
    const message = `This overlaps the employment at ${locationName} from 2024-01-01. Change that period instead, or choose dates outside it.`;
    expect(overlap).toMatchObject({ status: "error", code: "CONFLICT", message, fieldErrors: { from: message } });
  });
});
