import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { idSchema, optionalDateOnly, optionalText, text } from "@/lib/validation/fields";

/** A query-string value: a repeated parameter (`?action=a&action=b`) counts once, by its first value. */
const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), schema);

const MAX_SEQ = 2_147_483_647;
const seqNumber = (message: string) => z.string().trim().regex(/^\d{1,10}$/, message).transform(Number).pipe(z.number().int().min(1, message).max(MAX_SEQ, message));

/**
 * Filters for browsing and exporting the audit trail, as the /audit form and the CSV link send
 * them. Dates are calendar days in the organization's time zone, both inclusive.
 */
export const auditFilterSchema = z
  .object({
    actor: single(optionalText("forms.label.who", { max: 254 })),
    action: single(optionalText("forms.label.action", { max: 100 })),
    entityType: single(optionalText("forms.label.recordType", { max: 100 })),
    entityId: single(optionalText("forms.label.recordId", { max: 100 })),
    person: single(z.union([z.literal(""), idSchema], { error: say("audit.said.field.person") }).nullish().transform((v) => v || null)),
    from: single(optionalDateOnly("forms.label.from")),
    to: single(optionalDateOnly("forms.label.to")),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: say("audit.said.field.toBeforeFrom") });
  });
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Keyset pagination: the page of events older than this sequence number. */
export const auditCursorSchema = z.object({
  before: single(z.union([z.literal(""), seqNumber(say("audit.said.field.badCursor"))]).nullish().transform((v) => v || null)),
});

/** An event's sequence number in a URL (/audit/123). */
export const auditSeqSchema = seqNumber(say("audit.said.field.unknownEvent"));

export const HEAD_FORMAT = "cleared-audit-head/1";
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, say("audit.said.field.sha256"));

/**
 * The chain head as exported for safekeeping outside the database. `statementSha256` covers the
 * canonical JSON of every other field, so an edited statement is told apart from a rewritten trail.
 */
export const headStatementSchema = z.strictObject({
  format: z.literal(HEAD_FORMAT),
  organization: z.strictObject({ id: z.string().max(100), name: z.string().max(200) }),
  lastSeq: z.number().int().min(0).max(MAX_SEQ),
  count: z.number().int().min(0).max(MAX_SEQ),
  headHash: sha256Hex,
  generatedAt: z.iso.datetime(),
  generatedBy: z.string().max(254),
  statementSha256: sha256Hex,
});
export type HeadStatement = z.output<typeof headStatementSchema>;

/** A saved head statement, pasted or loaded from its file, to check the trail against. */
export const verifyHeadSchema = z.object({ statement: text("forms.label.savedHead", { max: 10_000 }) });
