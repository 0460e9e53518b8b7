import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { idSchema } from "@/lib/validation/fields";
import { CADENCES, NOTICE_KINDS, type Cadence, type NoticeKind } from "./kinds";

const cadence = z.enum(CADENCES, { error: say("notification.field.cadence") }).optional();

/**
 * The preferences form: one cadence per kind. Every kind is accepted (a form shows only the kinds
 * that concern its user, so any subset may arrive), anything else is refused, and at least one
 * choice must be made.
 */
export const preferencesSchema = z
  .strictObject(
    { record_expiring: cadence, authorization_lapsed: cadence, signoff_waiting: cadence, supervision_gap: cadence, rule_reverify: cadence, employment_ending: cadence },
    { error: (issue) => (issue.code === "unrecognized_keys" ? say("notification.field.unknownSetting") : undefined) },
  )
  .transform((v) => new Map(NOTICE_KINDS.flatMap((kind) => (v[kind] ? [[kind, v[kind]] as const] : []))))
  .refine((choices) => choices.size > 0, say("notification.field.atLeastOne"));

export type PreferencesInput = z.output<typeof preferencesSchema>;

export const OWN_EXPIRY_REQUIRED = say("notification.field.ownExpiryRequired");

/**
 * A medical assistant cannot turn off her own expiry reminders (the scan would tell her anyway),
 * so the form refuses the choice rather than saving one that does nothing. Pure.
 */
export function ownExpiryRefusal(choices: ReadonlyMap<NoticeKind, Cadence>, { medicalAssistant }: { medicalAssistant: boolean }): string | null {
  return medicalAssistant && choices.get("record_expiring") === "off" ? OWN_EXPIRY_REQUIRED : null;
}

/**
 * Notices and messages are made in bulk by SQL (`gen_random_uuid()`, ./mutations.ts), so their ids
 * are UUIDs rather than the cuid2 ids of other rows.
 */
export const deliveryIdSchema = z.string().regex(/^[a-z0-9-]{8,40}$/, say("forms.field.unknownId"));

/** "Mark all as read", or the notices named. */
export const markReadSchema = z.object({
  noticeIds: z
    .union([deliveryIdSchema, z.array(deliveryIdSchema).max(500)], { error: say("notification.field.unknownNotification") })
    .optional()
    .transform((v) => (v === undefined ? ("all" as const) : Array.isArray(v) ? v : [v])),
});

/** A manager asks the validators at a location to sign off one task for one MA. */
export const requestSignOffSchema = z.object({ personId: idSchema, locationId: idSchema, taskId: idSchema });

export const retryMessageSchema = z.object({ messageId: deliveryIdSchema });

/**
 * Where opening a notice may lead: a path inside the app as the scan stored it, never another
 * site (`//host`, `/\host`, a scheme) or anything with characters a path of ours does not have.
 */
export const noticeLinkSchema = z.string().regex(/^\/(?![/\\])[A-Za-z0-9/_\-.?=&%,]*$/).max(500);
