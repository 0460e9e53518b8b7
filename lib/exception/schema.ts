import { z } from "zod";
import { EXCEPTION_KINDS, SUPERVISION_LEVELS } from "@/lib/clearance/facts";
import { say, type MessageKey } from "@/lib/i18n/said";
import { checkbox, dateOnly, idSchema, optionalDateOnly, text } from "@/lib/validation/fields";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const time = (label: MessageKey) =>
  z
    .union([z.literal(""), z.string().trim().regex(TIME, say("exception.schema.timeFormat", { label: say(label) }))])
    .optional()
    .transform((v) => (v ? v : null));

/**
 * An exception to a location's weekly supervision plan, as its form submits it: whole days (first
 * and last day) or hours (a start and an end, which may fall on the next day). Editing one sends its
 * lineage and the version shown; `cancel` withdraws it. Checks that need the location's zone or the
 * database (an end before the start, a provider who does not supervise there, a contradiction with
 * another exception) are the mutation's.
 */
export const exceptionSchema = z
  .object({
    locationId: idSchema,
    kind: z.enum(EXCEPTION_KINDS, { error: say("exception.schema.kind") }),
    providerId: z
      .union([z.literal(""), idSchema])
      .optional()
      .transform((v) => (v ? v : null)),
    span: z.enum(["days", "hours"], { error: say("exception.schema.span") }).default("days"),
    fromDate: dateOnly("forms.label.firstDay"),
    toDate: optionalDateOnly("forms.label.lastDay"),
    startTime: time("exception.label.startTime"),
    endTime: time("exception.label.endTime"),
    level: z.enum(SUPERVISION_LEVELS.filter((l) => l !== "none") as ["general", "telemedicine", "on_premises", "direct_visual"], { error: say("exception.schema.level") }).optional(),
    reason: text("forms.label.reason", { max: 200 }),
    lineageId: z.union([z.literal(""), idSchema]).optional(),
    version: z.coerce.number().int().min(0).optional(),
    cancel: checkbox,
    /** Saved from the what-if page: what it showed is audited with the change. */
    fromPreview: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "closure" && !v.providerId) ctx.addIssue({ code: "custom", path: ["providerId"], message: say("exception.schema.provider") });
    if (v.span === "hours" && !v.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: say("exception.schema.startTime") });
    if (v.span === "hours" && !v.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: say("exception.schema.endTime") });
    if (v.toDate && v.toDate < v.fromDate) ctx.addIssue({ code: "custom", path: ["toDate"], message: say("exception.schema.lastDayBeforeFirst", { toDate: v.toDate, fromDate: v.fromDate }) });
    if (v.cancel && !v.lineageId) ctx.addIssue({ code: "custom", path: ["cancel"], message: say("exception.schema.cancelUnsaved") });
  });

export type ExceptionInput = z.output<typeof exceptionSchema>;
