import { z } from "zod";

/**
 * Building blocks for every input schema. They reject what PostgreSQL or a reader would choke on
 * (NUL and other control characters, absurd lengths) with a message a person can act on, so that
 * hostile input ends as a validation error and never as a database error.
 */
// Tab, line feed and carriage return are the only control characters a person types.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a value holds a character no input accepts: PostgreSQL refuses NUL in text outright. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

export function text(label: string, { max = 200, min = 1 }: { max?: number; min?: number } = {}) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .refine((v) => !CONTROL_CHARACTERS.test(v), `${label} contains characters that are not allowed.`)
    .refine((v) => v.length >= min, min === 1 ? `${label} is required.` : `${label} must be at least ${min} characters.`)
    .refine((v) => v.length <= max, `${label} must be at most ${max} characters.`);
}

/** Optional free text: an empty field becomes null. */
export function optionalText(label: string, { max = 2000 }: { max?: number } = {}) {
  return z
    .string()
    .trim()
    .refine((v) => !CONTROL_CHARACTERS.test(v.replace(/[\n\r\t]/g, "")), `${label} contains characters that are not allowed.`)
    .refine((v) => v.length <= max, `${label} must be at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);
}

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter an email address like name@example.org."));

/** Database ids: generated cuid2 strings. Anything else cannot name a row, so it is refused early. */
const ID = /^[a-z0-9]{8,40}$/;
export const idSchema = z.string().regex(ID, "Unknown id.");

/**
 * An id picked from a list (a select or radio), with messages naming what to choose: nothing chosen,
 * or a value the list never offered (a stale page or a tampered form). `what` reads "the supervisor".
 */
export function choiceId(what: string) {
  const chosen = `${what.charAt(0).toUpperCase()}${what.slice(1)} chosen is not one of those offered. Reload the page and choose again.`;
  return z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .pipe(z.string().regex(ID, chosen));
}

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> submits). */
export function dateOnly(label: string) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-14.`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200;
    }, `${label} is not a real calendar date.`);
}

export function optionalDateOnly(label: string) {
  return z
    .union([z.literal(""), dateOnly(label)])
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A checkbox: present ("on") or absent. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** One id or several (a multi-select or checkbox group), de-duplicated. */
export function idList(label: string, { min = 0, max = 500 }: { min?: number; max?: number } = {}) {
  return z
    .union([idSchema, z.array(idSchema)], { error: `Choose valid ${label}.` })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
    .refine((v) => v.length >= min, min === 1 ? `Choose at least one of the ${label}.` : `Choose at least ${min} ${label}.`)
    .refine((v) => v.length <= max, `Choose at most ${max} ${label}.`);
}

/** What a versioned editor submits besides the content: the lineage, the newest version seen, and the version corrected (empty: a change from a date). */
export const versionEditFields = {
  lineageId: z.union([z.literal(""), idSchema]).optional(),
  version: z.coerce.number().int().min(0).optional(),
  corrects: z
    .union([z.literal(""), z.coerce.number({ error: "The version to correct is not a number." }).int().min(1)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
};

/** Which button sent a reference editor's form: save it, or only show what it would change (nothing saved). */
export const intentField = { intent: z.enum(["save", "preview"]).optional().default("save") };

/** The edit a versioned form submitted, or null for a new lineage. */
export function versionEdit(input: { lineageId?: string; version?: number; corrects: number | null }): { lineageId: string; version: number; corrects: number | null } | null {
  return input.lineageId ? { lineageId: input.lineageId, version: input.version ?? 0, corrects: input.corrects } : null;
}
