import { z } from "zod";
import { CREDENTIAL_TIER_LABELS } from "./credentials";
import { dateOnly, idSchema, optionalDateOnly, optionalText, text } from "@/lib/validation/fields";

export const PROVIDER_TYPES = ["MD", "DO", "DPM", "PA", "NP", "CNM"] as const;
const tier = z.enum(Object.keys(CREDENTIAL_TIER_LABELS) as [string, ...string[]], { error: "Choose a credential tier from the list." });
const providerType = z.enum(PROVIDER_TYPES, { error: "Choose a provider type from the list." });
const employeeId = z
  .string()
  .trim()
  .max(40, "The employee ID must be at most 40 characters.")
  .regex(/^$|^[A-Za-z0-9][A-Za-z0-9._-]*$/, "The employee ID may use letters, digits, . _ and - only.")
  .optional()
  .transform((v) => v || null);
const endAfterStart = (v: { from: string; lastDay: string | null }) => !v.lastDay || v.lastDay >= v.from;
const END_BEFORE_START = { path: ["lastDay"], message: "The last day cannot be before the first day." };

/** A new person at a location: a medical assistant, a provider, or other staff. */
export const createPersonSchema = z
  .object({
    firstName: text("First name", { max: 100 }),
    lastName: text("Last name", { max: 100 }),
    employeeId,
    kind: z.enum(["medical_assistant", "provider", "staff"], { error: "Choose what the person does." }),
    providerType: z.union([z.literal(""), providerType]).optional().transform((v) => v || null),
    credentialTier: z.union([z.literal(""), tier]).optional().transform((v) => v || "none"),
    locationId: z.string({ error: "Choose a location." }).regex(/^[a-z0-9]{8,40}$/, "Choose a location."),
    from: dateOnly("First day"),
    lastDay: optionalDateOnly("Last day"),
  })
  .refine(endAfterStart, END_BEFORE_START)
  .refine((v) => v.kind !== "provider" || v.providerType !== null, { path: ["providerType"], message: "Choose the provider type." });
export type CreatePersonInput = z.output<typeof createPersonSchema>;

/** Name and employee ID: what a person is called, not a fact a decision reads, so edited in place. */
export const updatePersonSchema = z.object({
  personId: idSchema,
  version: z.coerce.number().int().min(1),
  firstName: text("First name", { max: 100 }),
  lastName: text("Last name", { max: 100 }),
  employeeId,
});

/**
 * A dated value of a person (credential tier, provider type): a change from a date, or a
 * correction of one version (`corrects`). Either way it takes effect no later than today.
 */
const datedChange = {
  personId: idSchema,
  version: z.coerce.number().int().min(1),
  from: dateOnly("In force from"),
  corrects: z
    .union([z.literal(""), z.coerce.number().int().min(1)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  reason: optionalText("Reason", { max: 1000 }),
};
export const changeTierSchema = z.object({ ...datedChange, credentialTier: tier });
/** Empty provider type: no longer a provider from that date. */
export const changeProviderSchema = z.object({ ...datedChange, providerType: z.union([z.literal(""), providerType]).optional().transform((v) => v || null) });

/** A new employment period at a location. */
export const addEmploymentSchema = z
  .object({ personId: idSchema, locationId: idSchema, from: dateOnly("First day"), lastDay: optionalDateOnly("Last day"), reason: optionalText("Reason", { max: 1000 }) })
  .refine(endAfterStart, END_BEFORE_START);

/** A correction of a period's dates, or its end ("last day"). */
export const changeEmploymentSchema = z
  .object({
    personId: idSchema,
    lineageId: idSchema,
    version: z.coerce.number().int().min(1),
    from: dateOnly("First day"),
    lastDay: optionalDateOnly("Last day"),
    reason: text("Reason", { max: 1000 }),
  })
  .refine(endAfterStart, END_BEFORE_START);
