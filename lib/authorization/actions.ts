"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail } from "@/lib/errors/app-error";
import { requestLocale } from "@/lib/i18n/request";
import { say } from "@/lib/i18n/said";
import { getLocations } from "@/lib/location/data";
import { instantFromWallClock, wallClock } from "@/lib/time/zoned";
import { authorizationTarget } from "./data";
import { grant, planGrant } from "./grant";
import { changeAuthorizationStatus } from "./mutations";
import { grantSchema, statusChangeSchema } from "./schema";

const atLocation = (input: { locationId: string }) => ({ kind: "location" as const, locationId: input.locationId });

// The preview's reasons are data, not the answer's message: they are worded here, in the manager's language.
export const previewGrantAction = authorizedAction("previewGrantAction", { permission: "authorization.manage", input: grantSchema, target: atLocation }, async ({ input, actor }) =>
  planGrant(input, actor, new Date(), await requestLocale()),
);

export const grantAuthorizationsAction = authorizedAction(
  "grantAuthorizationsAction",
  { permission: "authorization.manage", input: grantSchema, target: atLocation },
  async ({ input, actor, context }) => {
    const outcome = await grant(input, actor, context, new Date(), await requestLocale());
    if (outcome.ok) for (const personId of input.personIds) revalidatePath(`/people/${personId}`);
    return outcome;
  },
);

export const changeAuthorizationStatusAction = authorizedAction(
  "changeAuthorizationStatusAction",
  { permission: "authorization.manage", input: statusChangeSchema, target: (input) => authorizationTarget(input.authorizationId) },
  async ({ input, actor, context }) => {
    const target = await authorizationTarget(input.authorizationId);
    const [location] = await getLocations(target ? [target.locationId] : []);
    if (!location) return fail("NOT_FOUND");
    const now = new Date();
    if (input.effectiveTime && !input.effectiveOn) return fail("VALIDATION", undefined, { effectiveOn: say("authorization.field.dayForTime") });
    const effectiveAt = input.effectiveOn ? instantFromWallClock(input.effectiveOn, input.effectiveTime ?? (input.effectiveOn === wallClock(now, location.timeZone).date ? wallClock(now, location.timeZone).time : "00:00"), location.timeZone) : now;
    const outcome = await changeAuthorizationStatus({ ...input, effectiveAt }, actor, context, location.timeZone, now);
    if (outcome.ok) revalidatePath("/people");
    return outcome;
  },
);
