import { z } from "zod";
import { dateOnly, idSchema } from "@/lib/validation/fields";

/** A moment typed on a location's clock: date and time, both optional (default: now). */
export const momentFields = {
  date: z.union([z.literal(""), dateOnly("Date")]).optional(),
  time: z
    .union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Time must be like 14:30 (24-hour clock).")])
    .optional(),
};

export const checkQuerySchema = z.object({
  task: z.union([z.literal(""), idSchema]).optional(),
  location: z.union([z.literal(""), idSchema]).optional(),
  ...momentFields,
});

export const overviewQuerySchema = z.object({ ...momentFields });

/** GET /api/v1/clearances: an instant in ISO 8601 with an offset, as integrations send it. */
export const apiQuerySchema = z.object({
  person: idSchema,
  location: idSchema,
  task: idSchema.optional(),
  at: z.iso
    .datetime({ offset: true, message: "at must be an ISO 8601 date-time with an offset, like 2026-03-14T10:40:00-07:00." })
    .optional()
    .transform((v) => (v ? new Date(v) : undefined)),
});
