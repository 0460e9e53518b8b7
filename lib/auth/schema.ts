import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from "./password";
import { say } from "@/lib/i18n/said";
import { emailSchema } from "@/lib/validation/fields";

export const signInSchema = z.object({
  email: emailSchema,
  // Not the password policy: an old password that predates the policy must still be able to sign in.
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
});

/** A new password meeting the policy; the form passes the email so it can be checked too. */
export function newPasswordSchema(email?: string) {
  return z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(password, email);
    if (problem) ctx.addIssue({ code: "custom", message: PASSWORD_PROBLEM_MESSAGES[problem] });
  });
}

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, say("auth.field.currentPassword")).max(PASSWORD_MAX_LENGTH * 4),
    newPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: say("auth.field.mismatch") })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: say("auth.field.sameAsCurrent") });
