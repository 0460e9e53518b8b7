"use server";

import { revalidatePath } from "next/cache";
import { requestLocale } from "@/lib/i18n/request";
import { authorizedAction } from "@/lib/auth/action-client";
import { recordPresence } from "./mutations";
import { presenceSchema } from "./schema";

export const recordPresenceAction = authorizedAction(
  "recordPresenceAction",
  { permission: "presence.report", input: presenceSchema, target: (input) => ({ kind: "location", locationId: input.locationId }) },
  async ({ input, actor, context }) => {
    const outcome = await recordPresence(input, actor, context, new Date(), await requestLocale());
    if (outcome.ok) revalidatePath("/presence");
    return outcome;
  },
);
