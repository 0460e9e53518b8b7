import { z } from "zod";
import { apiQuerySchema, decisionSchema, momentFields } from "@/lib/clearance/schema";
import { say } from "@/lib/i18n/said";
import { idSchema } from "@/lib/validation/fields";

/**
 * An optional query field: a blank field (what an untouched form control submits) is missing, and
 * anything else must pass `schema`, whose message is then the one shown (a union with "" would
 * answer a generic "Invalid input").
 */
export function blankAsMissing<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

/** An id picked from a list: anything else cannot name a row, and the message says what to do. */
export function pickedId(message: string) {
  return z.string().refine((v) => idSchema.safeParse(v).success, message);
}

const LOCATIONS = say("report.field.locations");
const MAX_LOCATIONS = 50;
const locationList = z
  .union([pickedId(LOCATIONS), z.array(pickedId(LOCATIONS))])
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]))
  .refine((v) => v.length <= MAX_LOCATIONS, say("report.field.tooManyLocations", { max: MAX_LOCATIONS }));
const optionalId = blankAsMissing(idSchema);

/**
 * What a reconstruction answers from: "then" (the default), what was on record at the moment, which
 * is what Cleared would have said; "now", everything on record today, entries made late included.
 */
const known = blankAsMissing(z.enum(["then", "now"], { error: say("report.field.known") })).transform((v) => v ?? "then");

/**
 * "Clearances as of": locations (none: every one in reach), a moment typed on each location's clock
 * (empty: now), and optionally one answer (person × task at a location) to open in full.
 */
export const asOfQuerySchema = z.object({
  location: locationList,
  ...momentFields,
  known,
  person: optionalId,
  task: optionalId,
  cellLocation: optionalId,
});
export type AsOfQuery = z.infer<typeof asOfQuerySchema>;

/** "Who could do this task": one task, one location (empty: the first in reach), a moment. */
export const whoCanQuerySchema = z.object({
  task: blankAsMissing(pickedId(say("report.field.task"))),
  location: blankAsMissing(pickedId(say("report.field.location"))),
  ...momentFields,
  known,
});
export type WhoCanQuery = z.infer<typeof whoCanQuerySchema>;

/** GET /api/v1/who-can: a task and a location by id, and an instant with an offset (default now). */
export const whoCanApiQuerySchema = z.object({
  task: idSchema.meta({ description: "The task, by id.", example: "taskvenipuncture" }),
  location: idSchema.meta({ description: "The location, by id.", example: "cm3location00oakland" }),
  at: apiQuerySchema.shape.at,
});

/** The 200 answer of GET /api/v1/who-can: the route builds its body as this type. */
export const whoCanApiResponseSchema = z
  .object({
    moment: z.iso.datetime().meta({ description: "The moment answered, in UTC.", example: "2026-03-14T17:40:00.000Z" }),
    task: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    location: z.object({ id: z.string(), name: z.string() }),
    people: z
      .array(z.object({ person: z.object({ id: z.string(), name: z.string(), employeeId: z.string().nullable() }), decision: decisionSchema }))
      .meta({ description: "Every medical assistant working at the location then, with the engine's answer for the task, cleared first." }),
  })
  .meta({ id: "WhoCanResponse" });
export type WhoCanApiResponse = z.input<typeof whoCanApiResponseSchema>;
