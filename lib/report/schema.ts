import { z } from "zod";
import { momentFields } from "@/lib/clearance/schema";
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

const LOCATIONS = "Choose locations from the list.";
const locationList = z
  .union([pickedId(LOCATIONS), z.array(pickedId(LOCATIONS))])
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]))
  .refine((v) => v.length <= 50, "Choose at most 50 locations.");
const optionalId = blankAsMissing(idSchema);

/**
 * "Clearances as of": locations (none: every one in reach), a moment typed on each location's clock
 * (empty: now), and optionally one answer (person × task at a location) to open in full.
 */
export const asOfQuerySchema = z.object({
  location: locationList,
  ...momentFields,
  person: optionalId,
  task: optionalId,
  cellLocation: optionalId,
});
export type AsOfQuery = z.infer<typeof asOfQuerySchema>;

/** "Who could do this task": one task, one location (empty: the first in reach), a moment. */
export const whoCanQuerySchema = z.object({
  task: blankAsMissing(pickedId("Choose a task from the list.")),
  location: blankAsMissing(pickedId("Choose a location from the list.")),
  ...momentFields,
});
export type WhoCanQuery = z.infer<typeof whoCanQuerySchema>;

/**
 * A URL's query as a plain object for zod: repeated keys (several locations) become arrays, and keys
 * that could pollute prototypes are dropped.
 */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const existing = Object.hasOwn(result, key) ? result[key] : undefined;
    result[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** A refused query's problems, the first per field, for a 400 answer that names what to fix. */
export function queryErrors(error: z.ZodError): { field: string; message: string }[] {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "query");
    if (!fields.has(field)) fields.set(field, issue.message);
  }
  return [...fields].map(([field, message]) => ({ field, message }));
}

/** The inverse of parsing: a report's query string, so links and downloads repeat the same question. */
export function reportSearch(query: Record<string, string | readonly string[] | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of typeof value === "string" ? [value] : (value ?? [])) if (v) params.append(key, v);
  }
  return params.toString();
}
