import { z } from "zod";
import { SUPERVISION_LEVELS } from "@/lib/clearance/facts";
import { everyPass } from "@/lib/validation/cross-field";
import { choiceId, dateOnly, idList, idSchema, optionalDateOnly, versionEditFields } from "@/lib/validation/fields";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MIDNIGHT = 24 * 60;

/**
 * Weekly windows arrive as parallel form fields (windowDay, windowStart, windowEnd), one entry per
 * row of the schedule editor; errors are reported per row ("windows.2"). An end of 00:00 (what a time
 * input offers) or 24:00 means midnight at the end of the day, so a 24-hour or overnight schedule
 * has no gap: 22:00-00:00 on one day and 00:00-06:00 on the next.
 */
const windows = z
  .object({ windowDay: z.unknown().optional(), windowStart: z.unknown().optional(), windowEnd: z.unknown().optional() })
  .transform((v, ctx) => {
    const days = list(v.windowDay);
    const starts = list(v.windowStart);
    const ends = list(v.windowEnd);
    const rows: { weekday: number; startMinute: number; endMinute: number }[] = [];
    for (let i = 0; i < Math.max(days.length, starts.length, ends.length); i++) {
      const [day, start, end] = [days[i], starts[i], ends[i]];
      if (day === "" && start === "" && end === "") continue;
      const weekday = Number(day);
      if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: "Choose a day of the week." });
        continue;
      }
      if (typeof start !== "string" || !TIME.test(start) || typeof end !== "string" || !TIME.test(end)) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: "Times must be like 08:00 (24-hour clock)." });
        continue;
      }
      const toMinute = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const endMinute = toMinute(end) === 0 ? MIDNIGHT : toMinute(end);
      if (toMinute(start) >= MIDNIGHT) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: "A window starts at 23:59 at the latest." });
        continue;
      }
      const row = { weekday, startMinute: toMinute(start), endMinute };
      if (row.endMinute <= row.startMinute) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: `The window ends (${end}) before it starts (${start}). Split a night shift into two windows: ${start}–00:00 and 00:00–${end} the next day.` });
        continue;
      }
      const overlap = rows.find((r) => r.weekday === row.weekday && r.startMinute < row.endMinute && row.startMinute < r.endMinute);
      if (overlap) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: "This window overlaps another one on the same day." });
        continue;
      }
      rows.push(row);
    }
    if (rows.length === 0 && !ctx.issues?.length) ctx.addIssue({ code: "custom", path: ["windows"], message: "Add at least one weekly window when the supervisor is available." });
    if (rows.length > 50) ctx.addIssue({ code: "custom", path: ["windows"], message: "At most 50 windows." });
    return { windows: rows };
  });

export const arrangementSchema = z
  .object({
    locationId: idSchema,
    supervisorId: choiceId("supervisor"),
    level: z.enum(SUPERVISION_LEVELS.filter((l) => l !== "none") as ["general", "telemedicine", "on_premises", "direct_visual"], { error: "Choose the level of supervision." }),
    superviseeMode: z.enum(["all", "selected"], { error: "Choose all medical assistants here, or chosen people." }),
    superviseeIds: idList("medicalAssistants", { max: 500 }),
    taskMode: z.enum(["all_clinical", "selected"], { error: "Choose all clinical tasks, or chosen tasks." }),
    taskIds: idList("tasks", { max: 100 }),
    effectiveFrom: dateOnly("forms.label.startDate"),
    lastDay: optionalDateOnly("forms.label.lastDay"),
    /** For an edit: the lineage, the version the form was based on, and the version corrected. */
    ...versionEditFields,
  })
  .and(windows)
  .superRefine(
    ...everyPass<{ superviseeMode: string; superviseeIds: string[]; taskMode: string; taskIds: string[]; effectiveFrom: string; lastDay: string | null }>((v, parsed, ctx) => {
      if (parsed("superviseeMode") && parsed("superviseeIds") && v.superviseeMode === "selected" && v.superviseeIds.length === 0) ctx.addIssue({ code: "custom", path: ["superviseeIds"], message: "Choose who is supervised, or choose all medical assistants." });
      if (parsed("taskMode") && parsed("taskIds") && v.taskMode === "selected" && v.taskIds.length === 0) ctx.addIssue({ code: "custom", path: ["taskIds"], message: "Choose the tasks, or choose all clinical tasks." });
      if (parsed("effectiveFrom") && parsed("lastDay") && v.lastDay && v.lastDay < v.effectiveFrom) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "The last day cannot be before the start date." });
    }),
  );

export type ArrangementInput = z.output<typeof arrangementSchema>;

/**
 * The supervision week's address: a date in the week and, optionally, the code of one task to show
 * coverage for. A code that names no supervised task is refused with a message saying so; the week
 * then shows every task. The messages are in the reader's language (the week page shows them as they are).
 */
export function coverageQuerySchema(taskCodes: readonly string[], locale: Locale = DEFAULT_LOCALE) {
  const t = translatorFor(locale, "supervision");
  return z.object({
    week: z.unknown().optional(),
    task: z
      .string({ error: t("coverage.chooseOneTask") })
      .max(100, t("coverage.taskCodeTooLong", { max: 100 }))
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || taskCodes.includes(v), { error: (issue) => t("coverage.unknownTask", { code: String(issue.input) }) }),
  });
}
