import { z } from "zod";
import { CERTIFICATION_TYPES } from "@/lib/person/credentials";
import { say, type MessageKey } from "@/lib/i18n/said";
import { everyPass } from "@/lib/validation/cross-field";
import { checkbox, dateOnly, idList, idSchema, optionalDateOnly, optionalText, text } from "@/lib/validation/fields";
import { EVIDENCE_MAX_FILES } from "./evidence";

const optionalNumber = (label: MessageKey, { max, integer }: { max: number; integer: boolean }) =>
  z
    .union([z.literal(""), z.string().trim()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return null;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) {
        ctx.addIssue({ code: "custom", message: say("record.field.number", { label: say(label), max, integer: String(integer) }) });
        return z.NEVER;
      }
      return n;
    });

/**
 * A file input with nothing chosen still submits an empty part; by the time a server action sees it
 * the missing file name may have become "undefined". A chosen file that is empty keeps its name and
 * is refused later with a message.
 */
const nothingChosen = (f: File) => f.size === 0 && (f.name === "" || f.name === "undefined" || f.name === undefined);

/** Uploaded files: empty file inputs (nothing chosen) are dropped. */
export const evidenceFiles = z
  .union([z.instanceof(File), z.array(z.instanceof(File)), z.string()])
  .optional()
  .transform((v) => (v === undefined || typeof v === "string" ? [] : Array.isArray(v) ? v : [v]).filter((f) => !nothingChosen(f)))
  .refine((files) => files.length <= EVIDENCE_MAX_FILES, say("record.field.tooManyFiles", { max: EVIDENCE_MAX_FILES }));

const recordFields = {
  personId: idSchema,
  kind: z.enum(["training", "certification"], { error: say("record.field.kind") }),
  title: text("forms.label.title", { max: 200 }),
  taskIds: idList("tasks", { max: 50 }),
  trainingProvider: optionalText("forms.label.trainingProvider", { max: 200 }),
  hours: optionalNumber("record.label.hours", { max: 1000, integer: false }),
  procedureCount: optionalNumber("record.label.procedures", { max: 10000, integer: true }),
  certificationType: z.union([z.literal(""), z.enum(Object.keys(CERTIFICATION_TYPES) as [string, ...string[]], { error: say("record.field.certificationType") })]).optional(),
  completedOn: dateOnly("forms.label.completedOn"),
  expiresOn: optionalDateOnly("forms.label.expiresOn"),
  notes: optionalText("forms.label.notes", { max: 2000 }),
  evidence: evidenceFiles,
};

type RecordRuleInput = { kind: string; taskIds: string[]; certificationType?: string; completedOn: string; expiresOn: string | null };

// Run with everyPass: a missing title does not hide that the tasks are missing too.
const recordRules = everyPass<RecordRuleInput>((v, parsed, ctx) => {
  const kindKnown = parsed("kind");
  if (kindKnown && parsed("taskIds") && v.kind !== "certification" && v.taskIds.length === 0) ctx.addIssue({ code: "custom", path: ["taskIds"], message: say("record.field.tasks") });
  if (kindKnown && parsed("certificationType") && v.kind === "certification" && !v.certificationType) ctx.addIssue({ code: "custom", path: ["certificationType"], message: say("record.field.certification") });
  if (parsed("completedOn") && parsed("expiresOn") && v.expiresOn && v.expiresOn <= v.completedOn) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: say("record.field.expiryAfterCompletion") });
});

export const createRecordSchema = z.object(recordFields).superRefine(...recordRules);
export type CreateRecordInput = z.output<typeof createRecordSchema>;

// A correction keeps the record's kind; a competency's sign-off itself cannot be corrected away.
export const correctRecordSchema = z
  .object({
    ...recordFields,
    kind: z.enum(["training", "certification", "competency"], { error: say("record.field.correctionKind") }),
    lineageId: idSchema,
    version: z.coerce.number().int().min(1),
    reason: text("forms.label.correctionReason", { max: 1000 }),
    /** Confirms that changing a signed competency's tasks or dates voids its sign-off. */
    voidSignOff: checkbox,
  })
  .superRefine(...recordRules);
export type CorrectRecordInput = z.output<typeof correctRecordSchema>;

/** Withdrawing a record entered by mistake, from its start or from a date. */
export const withdrawRecordSchema = z
  .object({
    personId: idSchema,
    lineageId: idSchema,
    version: z.coerce.number().int().min(1),
    fromMode: z.enum(["start", "date"], { error: say("record.field.fromMode") }),
    from: optionalDateOnly("forms.label.withdrawnFrom"),
    reason: text("forms.label.withdrawalReason", { max: 1000 }),
  })
  .superRefine(
    ...everyPass<{ fromMode: string; from: string | null }>((v, parsed, ctx) => {
      if (parsed("fromMode") && parsed("from") && v.fromMode === "date" && v.from === null) ctx.addIssue({ code: "custom", path: ["from"], message: say("record.field.withdrawnFrom") });
    }),
  );

export const VALIDATION_METHODS = {
  direct_observation: "Direct observation",
  return_demonstration: "Return demonstration",
  simulation: "Simulation",
  test: "Written or skills test",
} as const;

export const validateCompetencySchema = z
  .object({
    personId: idSchema,
    locationId: idSchema,
    taskIds: idList("tasks", { min: 1, max: 20 }),
    method: z.enum(Object.keys(VALIDATION_METHODS) as [keyof typeof VALIDATION_METHODS], { error: say("record.field.method") }),
    observedOn: dateOnly("forms.label.observedOn"),
    expiresOn: optionalDateOnly("forms.label.validUntil"),
    attest: checkbox.refine((v) => v, say("record.field.attest")),
    notes: optionalText("forms.label.notes", { max: 2000 }),
    evidence: evidenceFiles,
  })
  .superRefine(
    ...everyPass<{ observedOn: string; expiresOn: string | null }>((v, parsed, ctx) => {
      if (parsed("observedOn") && parsed("expiresOn") && v.expiresOn && v.expiresOn <= v.observedOn) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: say("record.field.validityAfterObservation") });
    }),
  );
export type ValidateCompetencyInput = z.output<typeof validateCompetencySchema>;
