import { z } from "zod";
import { CREDENTIAL_TIER_LABELS } from "./credentials";
import { say } from "@/lib/i18n/said";
import { dateOnly, idSchema, optionalDateOnly, optionalText, text } from "@/lib/validation/fields";

export const PROVIDER_TYPES = ["MD", "DO", "DPM", "PA", "NP", "CNM"] as const;
const tier = z.enum(Object.keys(CREDENTIAL_TIER_LABELS) as [string, ...string[]], { error: say("person.field.tier") });
const providerType = z.enum(PROVIDER_TYPES, { error: say("person.field.providerType") });
const employeeId = z
  .string()
  .trim()
  .max(40, say("person.field.employeeIdTooLong"))
  .regex(/^$|^[A-Za-z0-9][A-Za-z0-9._-]*$/, say("person.field.employeeIdCharacters"))
  .optional()
  .transform((v) => v || null);
const endAfterStart = (v: { from: string; lastDay: string | null }) => !v.lastDay || v.lastDay >= v.from;
const END_BEFORE_START = { path: ["lastDay"], message: say("person.field.endBeforeStart") };

/** A new person at a location: a medical assistant, a provider, or other staff. */
export const createPersonSchema = z
  .object({
    firstName: text("forms.label.firstName", { max: 100 }),
    lastName: text("forms.label.lastName", { max: 100 }),
    employeeId,
    kind: z.enum(["medical_assistant", "provider", "staff"], { error: say("person.field.kind") }),
    providerType: z.union([z.literal(""), providerType]).optional().transform((v) => v || null),
    credentialTier: z.union([z.literal(""), tier]).optional().transform((v) => v || "none"),
    locationId: z.string({ error: say("person.field.location") }).regex(/^[a-z0-9]{8,40}$/, say("person.field.location")),
    from: dateOnly("forms.label.firstDay"),
    lastDay: optionalDateOnly("forms.label.lastDay"),
  })
  .refine(endAfterStart, END_BEFORE_START)
  .refine((v) => v.kind !== "provider" || v.providerType !== null, { path: ["providerType"], message: say("person.field.providerTypeMissing") });
export type CreatePersonInput = z.output<typeof createPersonSchema>;

/** Name and employee ID: what a person is called, not a fact a decision reads, so edited in place. */
export const updatePersonSchema = z.object({
  personId: idSchema,
  version: z.coerce.number().int().min(1),
  firstName: text("forms.label.firstName", { max: 100 }),
  lastName: text("forms.label.lastName", { max: 100 }),
  employeeId,
});

/**
 * A dated value of a person (credential tier, provider type): a change from a date, or a
 * correction of one version (`corrects`). Either way it takes effect no later than today.
 */
const datedChange = {
  personId: idSchema,
  version: z.coerce.number().int().min(1),
  from: dateOnly("forms.label.inForceFrom"),
  corrects: z
    .union([z.literal(""), z.coerce.number().int().min(1)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  reason: optionalText("forms.label.reason", { max: 1000 }),
};
export const changeTierSchema = z.object({ ...datedChange, credentialTier: tier });
/** Empty provider type: no longer a provider from that date. */
export const changeProviderSchema = z.object({ ...datedChange, providerType: z.union([z.literal(""), providerType]).optional().transform((v) => v || null) });

/** A new employment period at a location. */
export const addEmploymentSchema = z
  .object({ personId: idSchema, locationId: idSchema, from: dateOnly("forms.label.firstDay"), lastDay: optionalDateOnly("forms.label.lastDay"), reason: optionalText("forms.label.reason", { max: 1000 }) })
  .refine(endAfterStart, END_BEFORE_START);

/** A correction of a period's dates, or its end ("last day"). */
export const changeEmploymentSchema = z
  .object({
    personId: idSchema,
    lineageId: idSchema,
    version: z.coerce.number().int().min(1),
    from: dateOnly("forms.label.firstDay"),
    lastDay: optionalDateOnly("forms.label.lastDay"),
    reason: text("forms.label.reason", { max: 1000 }),
  })
  .refine(endAfterStart, END_BEFORE_START);

/**
 * The People list's view, from the URL (so a filtered view can be bookmarked). Each parameter is read
 * on its own: a bad one falls back to its default and says so (`notices`), the others still apply,
 * and nothing here can widen what the actor sees (the location is one filter inside their scope).
 */
export const PEOPLE_ROLES = ["medical_assistant", "provider", "staff"] as const;
export const COMPLIANCE_STATES = ["gap", "outside_hours", "expiring", "clear"] as const;
export const PEOPLE_SORTS = ["name", "-name", "gaps", "expiring"] as const;
export const PEOPLE_PAGE_SIZE = 25;

export type PeopleRole = (typeof PEOPLE_ROLES)[number];
export type ComplianceState = (typeof COMPLIANCE_STATES)[number];
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export type PeopleListQuery = { q: string; location: string | null; role: PeopleRole | null; tier: string | null; compliance: ComplianceState | null; sort: PeopleSort; page: number };
export type ListNotice = { param: keyof PeopleListQuery; code: "invalid" | "repeated" };

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.literal(""), z.enum(values)]).transform((v) => (v === "" ? null : v));
const PARAMS = {
  q: z.string().max(100).refine((v) => !/[\u0000-\u001F\u007F]/.test(v)).transform((v) => v.trim()),
  location: z.union([z.literal(""), idSchema]).transform((v) => v || null),
  role: optionalEnum(PEOPLE_ROLES),
  tier: optionalEnum(Object.keys(CREDENTIAL_TIER_LABELS) as [string, ...string[]]),
  compliance: optionalEnum(COMPLIANCE_STATES),
  sort: z.union([z.literal(""), z.enum(PEOPLE_SORTS)]).transform((v) => v || "name"),
  page: z.union([z.literal(""), z.string().regex(/^\d{1,6}$/)]).transform((v) => Math.max(1, Number(v || 1))),
};
const DEFAULTS: PeopleListQuery = { q: "", location: null, role: null, tier: null, compliance: null, sort: "name", page: 1 };

export function parsePeopleListQuery(params: Record<string, string | string[] | undefined>): { query: PeopleListQuery; notices: ListNotice[] } {
  const query: Record<string, unknown> = { ...DEFAULTS };
  const notices: ListNotice[] = [];
  for (const [key, schema] of Object.entries(PARAMS) as [keyof PeopleListQuery, z.ZodType][]) {
    const raw = Object.hasOwn(params, key) ? params[key] : undefined;
    if (raw === undefined) continue;
    if (Array.isArray(raw)) {
      notices.push({ param: key, code: "repeated" });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) query[key] = parsed.data;
    else notices.push({ param: key, code: "invalid" });
  }
  return { query: query as PeopleListQuery, notices };
}
