import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { idSchema } from "@/lib/validation/fields";

export const codeSchema = z.object({
  code: z.string().trim().min(1, say("secondFactor.field.code")).max(40, say("secondFactor.field.codeTooLong")),
  returnTo: z.string().max(2000).optional(),
});

export const resetSchema = z.object({
  userId: idSchema,
  reason: z.string().trim().min(3, say("secondFactor.field.reason")).max(500, say("secondFactor.field.reasonTooLong")),
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
