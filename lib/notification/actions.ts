"use server";

import { revalidatePath } from "next/cache";
import { hasRole } from "@/lib/access/policy";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail, ok } from "@/lib/errors/app-error";
import { requestLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";
import { personTarget } from "@/lib/person/data";
import { markRead, requestSignOff, retryMessage, savePreferences } from "./mutations";
import { markReadSchema, ownExpiryRefusal, preferencesSchema, requestSignOffSchema, retryMessageSchema } from "./schema";

/** Anyone's own choices of how often to be emailed, per kind of reminder. */
export const savePreferencesAction = authorizedAction(
  "savePreferencesAction",
  { permission: "account.manage_own", input: preferencesSchema, target: () => ({ kind: "self" }) },
  async ({ input, actor, context }) => {
    const refusal = ownExpiryRefusal(input, { medicalAssistant: hasRole(actor, "medical_assistant") });
    if (refusal) return fail("VALIDATION", refusal, { record_expiring: refusal });
    await savePreferences(actor.userId, input, context);
    revalidatePath("/account/notifications");
    return ok(undefined, translatorFor(await requestLocale(), "notifications")("outcome.saved"));
  },
);

/** Marks the actor's own notices read (all of them, or the ones named); nobody else's can be named. */
export const markNoticesReadAction = authorizedAction(
  "markNoticesReadAction",
  { permission: "account.manage_own", input: markReadSchema, target: () => ({ kind: "self" }) },
  async ({ input, actor }) => {
    const count = await markRead(actor.userId, input.noticeIds);
    // The bell in the header counts them on every page.
    revalidatePath("/", "layout");
    const t = translatorFor(await requestLocale(), "notifications");
    return ok(undefined, count === 0 ? t("outcome.nothingUnread") : t("outcome.marked", { count }));
  },
);

/**
 * A manager asks for a sign-off from a dashboard gap. The target is the MA at the location asked
 * about, and only when she works there: naming another location never widens what is reached.
 */
export const requestSignOffAction = authorizedAction(
  "requestSignOffAction",
  {
    permission: "record.manage",
    input: requestSignOffSchema,
    target: async (input) => {
      const person = await personTarget(input.personId);
      return person?.kind === "person" && person.locationIds.includes(input.locationId) ? { ...person, locationIds: [input.locationId] } : null;
    },
  },
  async ({ input, actor, context }) => requestSignOff(input, actor, context, { locale: await requestLocale() }),
);

/** An admin sends a failed message again. */
export const retryMessageAction = authorizedAction(
  "retryMessageAction",
  { permission: "notification.manage", input: retryMessageSchema, target: () => ({ kind: "organization" }) },
  async ({ input, context }) => {
    const outcome = await retryMessage(input.messageId, context, await requestLocale());
    if (outcome.ok) revalidatePath("/admin/deliveries", "layout");
    return outcome;
  },
);
