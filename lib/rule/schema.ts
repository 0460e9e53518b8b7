import { z } from "zod";
import { RULE_OUTCOMES, SUPERVISION_LEVELS } from "@/lib/clearance/facts";
import { US_STATES } from "@/lib/location/us-states";
import { CERTIFICATION_TYPES, CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";
import { say, type MessageKey } from "@/lib/i18n/said";
import { dateOnly, idSchema, optionalDateOnly, optionalText, text, versionEditFields, intentField } from "@/lib/validation/fields";

const PROVIDER_TYPES = ["MD", "DO", "DPM", "PA", "NP", "CNM"] as const;
const many = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));
const optionalCount = (label: MessageKey, max: number) =>
  z
    .union([z.literal(""), z.coerce.number({ error: say("rule.schema.notNumber", { label: say(label) }) }).min(0, say("rule.schema.negative", { label: say(label) })).max(max, say("rule.schema.tooMany", { label: say(label), max }))], { error: say("rule.schema.notNumber", { label: say(label) }) })
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

/** A state rule, as the admin's editor states it. Every version needs its source and when it was checked. */
export const ruleSchema = z
  .object({
    state: z.enum(Object.keys(US_STATES) as [string, ...string[]], { error: say("rule.schema.state") }),
    taskId: idSchema,
    credentialTier: z.union([z.literal(""), z.enum(Object.keys(CREDENTIAL_TIER_LABELS) as [string, ...string[]])]).optional().transform((v) => v || null),
    outcome: z.enum(RULE_OUTCOMES, { error: say("rule.schema.outcome") }),
    supervisionLevel: z.enum(SUPERVISION_LEVELS, { error: say("rule.schema.supervisionLevel") }),
    supervisorTypes: many(z.enum(PROVIDER_TYPES)),
    minTrainingHours: optionalCount("rule.label.trainingHours", 1000),
    minProcedureCount: optionalCount("rule.label.procedures", 10000),
    acceptedCertifications: many(z.enum(Object.keys(CERTIFICATION_TYPES) as [string, ...string[]])),
    requiredRecords: optionalText("forms.label.employerRecords", { max: 1000 }),
    citation: text("forms.label.citation", { max: 300 }),
    sourceUrl: z.string().trim().max(2000, say("rule.schema.sourceTooLong")).pipe(z.url({ protocol: /^https?$/, error: say("rule.schema.sourceUrl") })),
    notes: optionalText("forms.label.notes", { max: 4000 }),
    effectiveFrom: dateOnly("forms.label.effectiveFrom"),
    lastDay: optionalDateOnly("forms.label.lastDayInForce"),
    lastVerifiedOn: dateOnly("forms.label.lastVerifiedOn"),
    ...versionEditFields,
    ...intentField,
  })
  .superRefine((v, ctx) => {
    if (v.minTrainingHours !== null && !Number.isInteger(v.minTrainingHours * 4)) ctx.addIssue({ code: "custom", path: ["minTrainingHours"], message: say("rule.schema.quarterHours") });
    if (v.minProcedureCount !== null && !Number.isInteger(v.minProcedureCount)) ctx.addIssue({ code: "custom", path: ["minProcedureCount"], message: say("rule.schema.proceduresWhole") });
    if (v.lastDay && v.lastDay < v.effectiveFrom) ctx.addIssue({ code: "custom", path: ["lastDay"], message: say("rule.schema.lastDayBeforeStart") });
  });
export type RuleInput = z.output<typeof ruleSchema>;

/** Re-verification of the version in force (`verifies`): a correction of it stamped with today. */
export const verifyRuleSchema = z.object({
  lineageId: idSchema,
  version: z.coerce.number().int().min(1),
  verifies: z.coerce.number({ error: say("rule.schema.verifies") }).int().min(1),
  note: optionalText("forms.label.note", { max: 1000 }),
});
