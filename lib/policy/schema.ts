import { z } from "zod";
import { SUPERVISION_LEVELS } from "@/lib/clearance/facts";
import { say } from "@/lib/i18n/said";
import { checkbox, dateOnly, idSchema, optionalText, versionEditFields, intentField } from "@/lib/validation/fields";

export const policySchema = z.object({
  taskId: idSchema,
  /** Empty: organization-wide. */
  locationId: z.union([z.literal(""), idSchema]).optional().transform((v) => v || null),
  maMayPerform: checkbox,
  minSupervisionLevel: z.union([z.literal(""), z.enum(SUPERVISION_LEVELS)]).optional().transform((v) => v || null),
  requiresCompetency: checkbox,
  revalidationMonths: z
    .union([z.literal(""), z.coerce.number({ error: say("policy.schema.monthsNumber") }).int(say("policy.schema.monthsWhole")).min(1, say("policy.schema.monthsMin")).max(120, say("policy.schema.monthsMax"))], {
      // Neither empty nor a number zod accepts: without this the union answers a generic "Invalid input".
      error: (issue) => say(Number.isNaN(Number(issue.input)) ? "policy.schema.monthsNumber" : "policy.schema.monthsWhole"),
    })
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  documentRef: optionalText("forms.label.policyDocument", { max: 200 }),
  documentVersion: optionalText("forms.label.documentVersion", { max: 50 }),
  effectiveFrom: dateOnly("forms.label.effectiveFrom"),
  ...versionEditFields,
  ...intentField,
});
export type PolicyInput = z.output<typeof policySchema>;
