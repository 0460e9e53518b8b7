import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { idSchema } from "@/lib/validation/fields";

/** One tap: "I'm on site now" or "I'm leaving", for the provider signed in, at one location. */
export const presenceSchema = z.object({
  locationId: idSchema,
  /** The provider the page was shown to: a check-in for anyone else is refused. */
  providerId: idSchema,
  kind: z.enum(["check_in", "check_out"], { error: say("presence.said.kind") }),
});
export type PresenceInput = z.output<typeof presenceSchema>;
