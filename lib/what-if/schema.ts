import { z } from "zod";
import { MAX_WHAT_IF_DAYS } from "./limits";

/** The what-if's query: the absence or closure form's fields, read from the address. Empty: nothing to preview yet. */
export const absenceQuerySchema = z.object({
  kind: z.enum(["absence", "closure"]).optional().catch(undefined),
  providerId: z.string().optional(),
  span: z.string().optional(),
  fromDate: z.string().optional(),
  toDate: z.string().optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  reason: z.string().optional(),
});

export const TOO_LONG = `A what-if covers ${MAX_WHAT_IF_DAYS} days at most: preview a shorter stretch, or save the absence and look at the week view.`;
