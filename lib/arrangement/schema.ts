import { z } from "zod";
import { SUPERVISION_LEVELS } from "@/lib/clearance/facts";
import { everyPass } from "@/lib/validation/cross-field";
import { choiceId, dateOnly, idList, idSchema, optionalDateOnly, versionEditFields } from "@/lib/validation/fields";
import { say } from "@/lib/i18n/said";

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MIDNIGHT = 24 * 60;
const MAX_WINDOWS = 50;

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
        ctx.addIssue({ code: "custom", path: ["windows", i], message: say("arrangement.schema.weekday") });
        continue;
      }
      if (typeof start !== "string" || !TIME.test(start) || typeof end !== "string" || !TIME.test(end)) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: say("arrangement.schema.timeFormat") });
        continue;
      }
      const toMinute = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const endMinute = toMinute(end) === 0 ? MIDNIGHT : toMinute(end);
      if (toMinute(start) >= MIDNIGHT) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: say("arrangement.schema.startsTooLate") });
        continue;
      }
      const row = { weekday, startMinute: toMinute(start), endMinute };
      if (row.endMinute <= row.startMinute) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: say("arrangement.schema.endsBeforeStart", { start, end }) });
        continue;
      }
      const overlap = rows.find((r) => r.weekday === row.weekday && r.startMinute < row.endMinute && row.startMinute < r.endMinute);
      if (overlap) {
        ctx.addIssue({ code: "custom", path: ["windows", i], message: say("arrangement.schema.overlap") });
        continue;
      }
      rows.push(row);
    }
    if (rows.length === 0 && !ctx.issues?.length) ctx.addIssue({ code: "custom", path: ["windows"], message: say("arrangement.schema.noWindow") });
    if (rows.length > MAX_WINDOWS) ctx.addIssue({ code: "custom", path: ["windows"], message: say("arrangement.schema.tooManyWindows", { max: MAX_WINDOWS }) });
    return { windows: rows };
  });

export const arrangementSchema = z
  .object({
    locationId: idSchema,
    supervisorId: choiceId("supervisor"),
    level: z.enum(SUPERVISION_LEVELS.filter((l) => l !== "none") as ["general", "telemedicine", "on_premises", "direct_visual"], { error: say("arrangement.schema.level") }),
    superviseeMode: z.enum(["all", "selected"], { error: say("arrangement.schema.superviseeMode") }),
    superviseeIds: idList("medicalAssistants", { max: 500 }),
    taskMode: z.enum(["all_clinical", "selected"], { error: say("arrangement.schema.taskMode") }),
    taskIds: idList("tasks", { max: 100 }),
    effectiveFrom: dateOnly("forms.label.startDate"),
    lastDay: optionalDateOnly("forms.label.lastDay"),
    /** For an edit: the lineage, the version the form was based on, and the version corrected. */
    ...versionEditFields,
  })
  .and(windows)
  .superRefine(
    ...everyPass<{ superviseeMode: string; superviseeIds: string[]; taskMode: string; taskIds: string[]; effectiveFrom: string; lastDay: string | null }>((v, parsed, ctx) => {
      if (parsed("superviseeMode") && parsed("superviseeIds") && v.superviseeMode === "selected" && v.superviseeIds.length === 0) ctx.addIssue({ code: "custom", path: ["superviseeIds"], message: say("arrangement.schema.noSupervisees") });
      if (parsed("taskMode") && parsed("taskIds") && v.taskMode === "selected" && v.taskIds.length === 0) ctx.addIssue({ code: "custom", path: ["taskIds"], message: say("arrangement.schema.noTasks") });
      if (parsed("effectiveFrom") && parsed("lastDay") && v.lastDay && v.lastDay < v.effectiveFrom) ctx.addIssue({ code: "custom", path: ["lastDay"], message: say("arrangement.schema.lastDayBeforeStart") });
    }),
  );

export type ArrangementInput = z.output<typeof arrangementSchema>;

/**
 * The supervision week's address: a date in the week and, optionally, the code of one task to show
 * coverage for. A code that names no supervised task is refused with a message saying so; the week
 * then shows every task. The messages are said: the week page words them for its reader.
 */
export function coverageQuerySchema(taskCodes: readonly string[]) {
  return z.object({
    week: z.unknown().optional(),
    task: z
      .string({ error: say("supervision.coverage.chooseOneTask") })
      .max(100, say("supervision.coverage.taskCodeTooLong", { max: 100 }))
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || taskCodes.includes(v), { error: (issue) => say("supervision.coverage.unknownTask", { code: String(issue.input) }) }),
  });
}
