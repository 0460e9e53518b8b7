import { z } from "zod";
import { idList, idSchema, text } from "@/lib/validation/fields";
import { SCOPES } from "./scope";
import { DEFAULT_LIFETIME_DAYS, MAX_LIFETIME_DAYS } from "./status";

const scopeList = z
  .union([z.enum(SCOPES), z.array(z.enum(SCOPES))], { error: "Choose scopes from the list." })
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]))
  .refine((v) => v.length > 0, "Choose at least one scope.");

/** A new token: which integration it is for, what it may call, where, and for how long. */
export const createTokenSchema = z.object({
  name: text("forms.label.integrationName", { max: 100 }),
  scopes: scopeList,
  // Empty: every location, present and future.
  locationIds: idList("locations"),
  expiresInDays: z.coerce
    .number({ error: "Expiry must be a number of days." })
    .int("Expiry must be a whole number of days.")
    .min(1, "A token lasts at least 1 day.")
    .max(MAX_LIFETIME_DAYS, `A token lasts at most ${MAX_LIFETIME_DAYS} days (one year); create a new one before it expires.`)
    .default(DEFAULT_LIFETIME_DAYS),
});
export type CreateTokenInput = z.output<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ tokenId: idSchema });
