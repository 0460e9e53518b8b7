import { z } from "zod";
import { checkbox } from "@/lib/validation/fields";

/**
 * The single sign-on switches. `seen*` are the values the form was shown: the organization has no
 * version column, so these make the save optimistic (a change made meanwhile is not overwritten).
 */
export const ssoSettingsSchema = z.object({
  ssoCreatesUsers: checkbox,
  ssoOnly: checkbox,
  seenCreatesUsers: checkbox,
  seenSsoOnly: checkbox,
});
export type SsoSettingsInput = z.output<typeof ssoSettingsSchema>;
