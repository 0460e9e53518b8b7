import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/zoned";
import { idSchema, text } from "@/lib/validation/fields";
import { US_STATES } from "./us-states";

export const locationSchema = z.object({
  locationId: z.union([z.literal(""), idSchema]).optional(),
  version: z.coerce.number().int().min(0).optional(),
  name: text("Name", { max: 120 }),
  address: text("Address", { max: 300 }),
  state: z.enum(Object.keys(US_STATES) as [string, ...string[]], { error: "Choose the state whose law applies." }),
  timeZone: z
    .string()
    .trim()
    .refine((v) => isValidTimeZone(v), "Choose a time zone from the list (e.g. America/Los_Angeles)."),
});
export type LocationInput = z.output<typeof locationSchema>;
