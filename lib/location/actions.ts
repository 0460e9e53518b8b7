"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { organizationSettings } from "@/lib/organization/data";
import { saveLocation } from "./mutations";
import { locationSchema } from "./schema";

export const saveLocationAction = authorizedAction("saveLocationAction", { permission: "reference.manage", input: locationSchema, target: () => ({ kind: "organization" }) }, async ({ input, context }) => {
  const outcome = await saveLocation(input, context, (await organizationSettings()).timeZone);
  if (outcome.ok) revalidatePath("/admin/locations");
  return outcome;
});
