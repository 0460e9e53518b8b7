import { z } from "zod";
import { idSchema } from "@/lib/validation/fields";

export const codeSchema = z.object({
  code: z.string().trim().min(1, "Enter the code from your authenticator app.").max(40, "A code is 6 digits (a recovery code is 10 characters)."),
  returnTo: z.string().max(2000).optional(),
});

export const resetSchema = z.object({
  userId: idSchema,
  reason: z.string().trim().min(3, "Say why (for example: lost phone, confirmed in person).").max(500, "Keep the reason under 500 characters."),
});

export const emptySchema = z.object({});

/** Setting an app up; replacing one also takes a code from the current app (or a recovery code). */
export const replaceSchema = z.object({
  code: codeSchema.shape.code,
  currentCode: z.string().trim().max(40).optional(),
});

export const proofSchema = z.object({
  proof: z.string().min(1).max(4000),
  returnTo: z.string().max(2000).optional(),
});
