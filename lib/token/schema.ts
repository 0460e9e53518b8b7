import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { idList, idSchema, text } from "@/lib/validation/fields";
import { SCOPES } from "./scope";
import { DEFAULT_LIFETIME_DAYS, MAX_LIFETIME_DAYS } from "./status";

const scopeList = z
  .union([z.enum(SCOPES), z.array(z.enum(SCOPES))], { error: say("token.field.scopes") })
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]))
  .refine((v) => v.length > 0, say("token.field.scopeMissing"));

/** A new token: which integration it is for, what it may call, where, and for how long. */
export const createTokenSchema = z.object({
  name: text("forms.label.integrationName", { max: 100 }),
  scopes: scopeList,
  // Empty: every location, present and future.
  locationIds: idList("locations"),
  expiresInDays: z.coerce
    .number({ error: say("token.field.expiryNumber") })
    .int(say("token.field.expiryWhole"))
    .min(1, say("token.field.expiryMin"))
    .max(MAX_LIFETIME_DAYS, say("token.field.expiryMax", { max: MAX_LIFETIME_DAYS }))
    .default(DEFAULT_LIFETIME_DAYS),
});
export type CreateTokenInput = z.output<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ tokenId: idSchema });
