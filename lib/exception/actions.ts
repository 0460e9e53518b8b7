"use server";

import { revalidatePath } from "next/cache";
import { requestLocale } from "@/lib/i18n/request";
import type { Actor } from "@/lib/access/policy";
import type { AuditContext } from "@/lib/audit/mutations";
import { authorizedAction } from "@/lib/auth/action-client";
import { previewSummary } from "@/lib/what-if/data";
import { saveException } from "./mutations";
import { exceptionSchema, type ExceptionInput } from "./schema";

async function save(input: ExceptionInput, actor: Actor, context: AuditContext, ownAbsence: boolean) {
  const { lineageId, version, cancel, level, fromPreview, ...fields } = input;
  const previewed = fromPreview && !lineageId && (fields.kind === "closure" || (fields.kind === "absence" && fields.providerId));
  const preview = previewed ? await previewSummary(fields.locationId, fields.kind === "closure" ? null : fields.providerId, fields, fields.reason) : null;
  return saveException({ ...fields, level: level ?? null }, lineageId ? { lineageId, version: version ?? 0, cancel } : null, actor, context, { ownAbsence, preview, locale: await requestLocale() });
}

/** A manager records, corrects or cancels any exception at their location. */
export const saveExceptionAction = authorizedAction(
  "saveExceptionAction",
  { permission: "arrangement.manage", input: exceptionSchema, target: (input) => ({ kind: "location", locationId: input.locationId }) },
  async ({ input, actor, context }) => {
    const outcome = await save(input, actor, context, false);
    if (outcome.ok) revalidatePath(`/locations/${input.locationId}/supervision`);
    return outcome;
  },
);

/** A provider records, corrects or cancels their own absence. */
export const saveOwnAbsenceAction = authorizedAction(
  "saveOwnAbsenceAction",
  { permission: "presence.report", input: exceptionSchema, target: (input) => ({ kind: "location", locationId: input.locationId }) },
  async ({ input, actor, context }) => {
    const outcome = await save(input, actor, context, true);
    if (outcome.ok) revalidatePath("/presence");
    return outcome;
  },
);
