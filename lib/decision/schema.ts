import { z } from "zod";
import type { Answer } from "@/lib/clearance/decide";
import type { DecisionSource } from "@/lib/clearance/mutations";
import { say } from "@/lib/i18n/said";
import { blankAsMissing, pickedId } from "@/lib/report/schema";
import { dateOnly, optionalText, type FieldLabel } from "@/lib/validation/fields";

export const DECISION_ANSWERS = ["cleared", "check_first", "not_cleared"] as const satisfies readonly Answer[];
export const DECISION_SOURCES = ["check", "overview", "api"] as const satisfies readonly DecisionSource[];

const MAX_SEQ = 2_147_483_647;
const UNKNOWN = say("decision.field.unknown");
/** A decision's sequence number (the log's key), as it appears in a URL. */
export const decisionSeqSchema = z
  .string()
  .regex(/^\d{1,10}$/, UNKNOWN)
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_SEQ, UNKNOWN);

const cursor = blankAsMissing(decisionSeqSchema);
const optionalDate = (label: FieldLabel) => blankAsMissing(dateOnly(label));

/**
 * The decision log's filters. `person` is a name (every word must match a first or last name) or a
 * person's id; dates are days on the organization's clock, both inclusive. `before` / `after` are
 * keyset cursors (sequence numbers) for older and newer pages.
 */
export const decisionQuerySchema = z
  .object({
    person: optionalText("forms.label.person", { max: 100 }),
    task: blankAsMissing(pickedId(say("decision.field.task"))),
    location: blankAsMissing(pickedId(say("decision.field.location"))),
    answer: blankAsMissing(z.enum(DECISION_ANSWERS, { error: say("decision.field.answer") })),
    source: blankAsMissing(z.enum(DECISION_SOURCES, { error: say("decision.field.source") })),
    from: optionalDate("forms.label.fromDate"),
    to: optionalDate("forms.label.toDate"),
    before: cursor,
    after: cursor,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: say("decision.field.endBeforeStart") });
export type DecisionQuery = z.infer<typeof decisionQuerySchema>;

const evidenceSchema = z.object({
  kind: z.enum(["state_rule", "employer_policy", "authorization", "record", "arrangement", "supervisor", "employment"]),
  id: z.string(),
  label: z.string(),
  version: z.number().optional(),
  citation: z.string().optional(),
  sourceUrl: z.string().optional(),
});
const factorSchema = z.object({
  key: z.enum(["state_law", "employer_policy", "training", "supervision"]),
  status: z.enum(["met", "not_met", "unknown"]),
  code: z.string(),
  // Engine 1.x stored no params: read as none.
  params: z.record(z.string(), z.unknown()).default({}),
  sentence: z.string(),
  warnings: z.array(z.string()),
  evidence: z.array(evidenceSchema),
});

/**
 * The breakdown the decision log stores (the engine's `Decision` as it was shown). Checked before it
 * is rendered with the same component as a live answer, because rows written by other engine
 * versions may have another shape; those are shown as the stored JSON instead.
 */
export const storedDecisionSchema = z.object({
  answer: z.enum(DECISION_ANSWERS),
  reason: z.string(),
  factors: z.array(factorSchema),
  nextSteps: z.array(z.string()),
  warnings: z.array(z.string()),
  engineVersion: z.string(),
  request: z.object({ personId: z.string(), taskId: z.string(), locationId: z.string(), moment: z.string() }),
});
