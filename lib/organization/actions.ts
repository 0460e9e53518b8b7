"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { oidcConfig } from "@/lib/auth/oidc";
import { saveSsoSettings } from "./mutations";
import { ssoSettingsSchema } from "./schema";

export const saveSsoSettingsAction = authorizedAction("saveSsoSettingsAction", { permission: "user.manage", input: ssoSettingsSchema, target: () => ({ kind: "organization" }) }, async ({ input, context }) => {
  const outcome = await saveSsoSettings(input, oidcConfig() !== null, context);
  if (outcome.ok) revalidatePath("/admin/sign-in");
  return outcome;
});
