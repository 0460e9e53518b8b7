import { z } from "zod";

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

