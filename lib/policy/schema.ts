import { z } from "zod";
import { SUPERVISION_LEVELS } from "@/lib/clearance/facts";
import { checkbox, dateOnly, idSchema, optionalText, versionEditFields, intentField } from "@/lib/validation/fields";

export const policySchema = z.object({
  taskId: idSchema,
  /** Empty: organization-wide. */
  locationId: z.union([z.literal(""), idSchema]).optional().transform((v) => v || null),
  maMayPerform: checkbox,
  minSupervisionLevel: z.union([z.literal(""), z.enum(SUPERVISION_LEVELS)]).optional().transform((v) => v || null),
  requiresCompetency: checkbox,
  revalidationMonths: z
    .union([z.literal(""), z.coerce.number({ error: "Months must be a number." }).int("Months must be a whole number.").min(1, "At least 1 month.").max(120, "At most 120 months.")])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  documentRef: optionalText("forms.label.policyDocument", { max: 200 }),
  documentVersion: optionalText("forms.label.documentVersion", { max: 50 }),
  effectiveFrom: dateOnly("forms.label.effectiveFrom"),
  ...versionEditFields,
  ...intentField,
});
export type PolicyInput = z.output<typeof policySchema>;
