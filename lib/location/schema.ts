import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { isValidTimeZone } from "@/lib/time/zoned";
import { checkbox, idSchema, optionalDateOnly, text } from "@/lib/validation/fields";
import { US_STATES } from "./us-states";

export const locationSchema = z.object({
  locationId: z.union([z.literal(""), idSchema]).optional(),
  version: z.coerce.number().int().min(0).optional(),
  name: text("forms.label.name", { max: 120 }),
  address: text("forms.label.address", { max: 300 }),
  state: z.enum(Object.keys(US_STATES) as [string, ...string[]], { error: say("location.schema.state") }),
  timeZone: z
    .string()
    .trim()
    .refine((v) => isValidTimeZone(v), say("location.schema.timeZone")),
  /** On-site supervision counts only while the provider has checked in (changes apply from the moment saved). */
  requiresCheckIn: checkbox,
  /**
   * When the state or zone changes: "correction" (it was entered wrong: the version in force is
   * replaced, for every moment it covered) or "from_date" (the location changed on `changeFrom`).
   */
  change: z.enum(["correction", "from_date"]).optional(),
  changeFrom: optionalDateOnly("forms.label.changedOn"),
});
export type LocationInput = z.output<typeof locationSchema>;
