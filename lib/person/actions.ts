"use server";

import { revalidatePath } from "next/cache";
import { can, type Actor } from "@/lib/access/policy";
import { authorizedAction } from "@/lib/auth/action-client";
import { organizationSettings } from "@/lib/organization/data";
import { endAfter } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { employmentLocation, personTarget } from "./data";
import { addEmployment, changeDated, changeEmployment, createPerson, updatePerson } from "./mutations";
import { addEmploymentSchema, changeEmploymentSchema, changeProviderSchema, changeTierSchema, createPersonSchema, updatePersonSchema } from "./schema";

const person = (input: { personId: string }) => personTarget(input.personId);

/** A person the actor may reach, seen through one location they must also manage (the intersection, never wider). */
async function personAt(personId: string, locationId: string | null, actor: Actor) {
  const target = await personTarget(personId);
  if (!target || target.kind !== "person" || !locationId || !can(actor, "person.manage", { kind: "location", locationId })) return null;
  return target.locationIds.includes(locationId) ? { ...target, locationIds: [locationId] } : target;
}

async function today() {
  const { timeZone } = await organizationSettings();
  return { timeZone, today: wallClock(new Date(), timeZone).date };
}

export const createPersonAction = authorizedAction(
  "createPersonAction",
  { permission: "person.manage", input: createPersonSchema, target: (input) => ({ kind: "location", locationId: input.locationId }) },
  async ({ input, actor, context }) => {
    const outcome = await createPerson(
      {
        firstName: input.firstName,
        lastName: input.lastName,
        employeeId: input.employeeId,
        isMedicalAssistant: input.kind === "medical_assistant",
        providerType: input.kind === "provider" ? input.providerType : null,
        credentialTier: input.kind === "medical_assistant" ? input.credentialTier : "none",
        employment: [{ locationId: input.locationId, effectiveFrom: input.from, effectiveTo: endAfter(input.lastDay) }],
      },
      actor,
      context,
    );
    if (outcome.ok) revalidatePath("/people");
    return outcome;
  },
);

export const updatePersonAction = authorizedAction("updatePersonAction", { permission: "person.manage", input: updatePersonSchema, target: person }, async ({ input, context }) => {
  const outcome = await updatePerson(input, context, (await today()).timeZone);
  if (outcome.ok) revalidatePath(`/people/${input.personId}`);
  return outcome;
});

export const changeTierAction = authorizedAction("changeTierAction", { permission: "person.manage", input: changeTierSchema, target: person }, async ({ input, actor, context }) => {
  const { today: day, timeZone } = await today();
  const outcome = await changeDated("tier", { ...input, value: input.credentialTier }, day, actor, context, timeZone);
  if (outcome.ok) revalidatePath(`/people/${input.personId}`);
  return outcome;
});

export const changeProviderTypeAction = authorizedAction("changeProviderTypeAction", { permission: "person.manage", input: changeProviderSchema, target: person }, async ({ input, actor, context }) => {
  const { today: day, timeZone } = await today();
  const outcome = await changeDated("provider", { ...input, value: input.providerType }, day, actor, context, timeZone);
  if (outcome.ok) revalidatePath(`/people/${input.personId}`);
  return outcome;
});

export const addEmploymentAction = authorizedAction(
  "addEmploymentAction",
  { permission: "person.manage", input: addEmploymentSchema, target: (input, actor) => personAt(input.personId, input.locationId, actor) },
  async ({ input, actor, context }) => {
    const outcome = await addEmployment({ personId: input.personId, locationId: input.locationId, from: input.from, effectiveTo: endAfter(input.lastDay), reason: input.reason }, actor, context);
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);

export const changeEmploymentAction = authorizedAction(
  "changeEmploymentAction",
  {
    permission: "person.manage",
    input: changeEmploymentSchema,
    target: async (input, actor) => {
      return personAt(input.personId, await employmentLocation(input.personId, input.lineageId), actor);
    },
  },
  async ({ input, actor, context }) => {
    const outcome = await changeEmployment({ ...input, effectiveTo: endAfter(input.lastDay) }, actor, context, (await today()).timeZone);
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);
