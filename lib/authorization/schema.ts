import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { everyPass } from "@/lib/validation/cross-field";
import { choiceId, dateOnly, idList, idSchema, optionalDateOnly, optionalText, text } from "@/lib/validation/fields";

/** Authorizing tasks for one or several MAs at one location, in one step. */
export const grantSchema = z
  .object({
    locationId: choiceId("location"),
    personIds: idList("medicalAssistants", { min: 1, max: 200 }),
    taskIds: idList("tasks", { min: 1, max: 100 }),
    effectiveFrom: dateOnly("forms.label.startDate"),
    lastDay: optionalDateOnly("forms.label.lastDay"),
    conditions: optionalText("forms.label.conditions", { max: 1000 }),
  })
  .superRefine(
    ...everyPass<{ effectiveFrom: string; lastDay: string | null }>((v, parsed, ctx) => {
      if (parsed("effectiveFrom") && parsed("lastDay") && v.lastDay && v.lastDay < v.effectiveFrom) ctx.addIssue({ code: "custom", path: ["lastDay"], message: say("authorization.field.endBeforeStart") });
    }),
  );

export type GrantInput = z.output<typeof grantSchema>;

export const STATUS_CHANGES = { suspend: "suspended", reinstate: "active", revoke: "revoked" } as const;

/**
 * Suspend, reinstate or revoke, with a reason, effective now or from a past moment on the location's
 * clock ("revoked last Tuesday at 14:00", recorded today): both fields empty mean now; a date without
 * a time means the start of that day.
 */
export const statusChangeSchema = z.object({
  authorizationId: idSchema,
  version: z.coerce.number({ error: say("authorization.field.outOfDate") }).int().min(1),
  change: z.enum(["suspend", "reinstate", "revoke"], { error: say("authorization.field.change") }),
  reason: text("forms.label.reason", { max: 1000 }),
  effectiveOn: optionalDateOnly("forms.label.effectiveOn"),
  effectiveTime: z
    .union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, say("authorization.field.time"))])
    .optional()
    .transform((v) => v || null),
});
