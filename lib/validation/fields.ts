import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import { say, type MessageKey } from "@/lib/i18n/said";

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

/** A field's label, from the catalogs (usually forms.label.*): messages name the field in the reader's language. */
export type FieldLabel = MessageKey;

const required = (label: FieldLabel) => say("forms.field.required", { label: say(label) });
const notAllowed = (label: FieldLabel) => say("forms.field.notAllowed", { label: say(label) });
const tooLong = (label: FieldLabel, max: number) => say("forms.field.tooLong", { label: say(label), max });

export function text(label: FieldLabel, { max = 200, min = 1 }: { max?: number; min?: number } = {}) {
  return z
    .string({ error: required(label) })
    .trim()
    .refine((v) => !CONTROL_CHARACTERS.test(v), notAllowed(label))
    .refine((v) => v.length >= min, min === 1 ? required(label) : say("forms.field.tooShort", { label: say(label), min }))
    .refine((v) => v.length <= max, tooLong(label, max));
}

/** Optional free text: an empty field becomes null. */
export function optionalText(label: FieldLabel, { max = 2000 }: { max?: number } = {}) {
  return z
    .string()
    .trim()
    .refine((v) => !CONTROL_CHARACTERS.test(v.replace(/[\n\r\t]/g, "")), notAllowed(label))
    .refine((v) => v.length <= max, tooLong(label, max))
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);
}

export const emailSchema = z
  .string({ error: required("forms.label.email") })
  .trim()
  .toLowerCase()
  .max(254, tooLong("forms.label.email", 254))
  .pipe(z.email(say("forms.field.email")));

/** Database ids: generated cuid2 strings. Anything else cannot name a row, so it is refused early. */
const ID = /^[a-z0-9]{8,40}$/;
export const idSchema = z.string().regex(ID, say("forms.field.unknownId"));

/**
 * An id picked from a list (a select or radio), with messages naming what to choose: nothing chosen,
 * or a value the list never offered (a stale page or a tampered form). Each choice has its own
 * messages in forms.choice (a language's articles and genders differ per noun).
 */
export function choiceId(what: keyof Messages["forms"]["choice"]) {
  const missing = say(`forms.choice.${what}.missing`);
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .pipe(z.string().regex(ID, say(`forms.choice.${what}.notOffered`)));
}

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> submits). */
export function dateOnly(label: FieldLabel) {
  return z
    .string({ error: required(label) })
    .trim()
    .min(1, required(label))
    .regex(/^\d{4}-\d{2}-\d{2}$/, say("forms.field.dateFormat", { label: say(label) }))
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200;
    }, say("forms.field.notADate", { label: say(label) }));
}

export function optionalDateOnly(label: FieldLabel) {
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
export function idList(what: keyof Messages["forms"]["list"], { min = 0, max = 500 }: { min?: number; max?: number } = {}) {
  return z
    .union([idSchema, z.array(idSchema)], { error: say(`forms.list.${what}.invalid`) })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
    .refine((v) => v.length >= min, say(`forms.list.${what}.atLeast`, { min }))
    .refine((v) => v.length <= max, say(`forms.list.${what}.atMost`, { max }));
}

/** What a versioned editor submits besides the content: the lineage, the newest version seen, and the version corrected (empty: a change from a date). */
export const versionEditFields = {
  lineageId: z.union([z.literal(""), idSchema]).optional(),
  version: z.coerce.number().int().min(0).optional(),
  corrects: z
    .union([z.literal(""), z.coerce.number({ error: say("forms.field.versionNotNumber") }).int().min(1)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
};

/** Which button sent a reference editor's form: save it, or only show what it would change (nothing saved). */
export const intentField = { intent: z.enum(["save", "preview"]).optional().default("save") };

/** The edit a versioned form submitted, or null for a new lineage. */
export function versionEdit(input: { lineageId?: string; version?: number; corrects: number | null }): { lineageId: string; version: number; corrects: number | null } | null {
  return input.lineageId ? { lineageId: input.lineageId, version: input.version ?? 0, corrects: input.corrects } : null;
}
