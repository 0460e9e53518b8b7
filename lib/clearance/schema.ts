import { z } from "zod";
import { dateOnly, idSchema } from "@/lib/validation/fields";

/** A moment typed on a location's clock: date and time, both optional (default: now). */
export const momentFields = {
  date: z.union([z.literal(""), dateOnly("forms.label.date")]).optional(),
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

/**
 * GET /api/v1/clearances: an instant in ISO 8601 with an offset, as integrations send it. The route
 * parses with this schema and the OpenAPI document describes its parameters from it (`meta`).
 */
export const apiQuerySchema = z.object({
  person: idSchema.meta({ description: "The person (medical assistant) asked about, by id.", example: "cm3maria0000oakland" }),
  location: idSchema.meta({ description: "The location where the task would be done, by id: one of the person's.", example: "cm3location00oakland" }),
  task: idSchema.optional().meta({ description: "One task, by id. Without it: every current task.", example: "taskvenipuncture" }),
  at: z.iso
    .datetime({ offset: true, message: "at must be an ISO 8601 date-time with an offset, like 2026-03-14T10:40:00-07:00." })
    .optional()
    .transform((v) => (v ? new Date(v) : undefined))
    .meta({ description: "The moment asked about: an ISO 8601 date-time with an offset. Default: now.", example: "2026-03-14T10:40:00-07:00" }),
});

const evidenceSchema = z.object({
  kind: z.enum(["state_rule", "employer_policy", "authorization", "record", "arrangement", "supervisor", "employment", "exception"]),
  id: z.string(),
  label: z.string(),
  version: z.number().int().optional(),
  citation: z.string().optional(),
  sourceUrl: z.string().optional(),
});

const factorSchema = z.object({
  key: z.enum(["state_law", "employer_policy", "training", "supervision"]),
  status: z.enum(["met", "not_met", "unknown"]),
  code: z.string().meta({ description: "Why, in a word integrations can act on (prohibited, off_schedule, documented...).", example: "present" }),
  params: z.record(z.string(), z.unknown()).meta({ description: "The values the sentence names; their keys depend on the code." }),
  sentence: z.string(),
  warnings: z.array(z.string()),
  evidence: z.array(evidenceSchema).meta({ description: "What the finding rests on: rule and citation, authorization, records, supervisor on duty." }),
});

/** One answer of the engine (lib/clearance/decide.ts `Decision`), as the API serves it. */
export const decisionSchema = z
  .object({
    answer: z.enum(["cleared", "not_cleared", "check_first"]).meta({ description: "Never a bare yes: check_first when a rule is silent, a record needs review or supervision cannot be determined." }),
    reason: z.string().meta({ example: "Do not perform Venipuncture: no documented competency." }),
    factors: z.array(factorSchema).meta({ description: "The four factors: state law, employer policy, training and competency, supervision." }),
    nextSteps: z.array(z.string()),
    warnings: z.array(z.string()),
    engineVersion: z.string().meta({ example: "2.0.0" }),
    request: z.object({ personId: z.string(), taskId: z.string(), locationId: z.string(), moment: z.iso.datetime() }),
  })
  .meta({ id: "Decision", description: "The engine's answer for one person, task, location and moment, with its reasons." });

/** The 200 answer of GET /api/v1/clearances: the route builds its body as this type. */
export const clearancesResponseSchema = z
  .object({
    moment: z.iso.datetime().meta({ description: "The moment answered, in UTC.", example: "2026-03-14T17:40:00.000Z" }),
    decisions: z.array(decisionSchema).meta({ description: "One decision per task: the one asked for, or every current task." }),
  })
  .meta({ id: "ClearancesResponse" });
export type ClearancesResponse = z.input<typeof clearancesResponseSchema>;
