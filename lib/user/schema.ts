import { z } from "zod";
import { ROLES } from "@/lib/access/policy";
import { LOCALES } from "@/lib/i18n/locales";
import { say } from "@/lib/i18n/said";
import { dateOnly, emailSchema, idList, idSchema, text } from "@/lib/validation/fields";

const roleList = z
  .union([z.enum(ROLES), z.array(z.enum(ROLES))], { error: say("user.field.role") })
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/**
 * Access as the admin form states it. Rules a person would expect: at least one role; a manager
 * manages at least one location; an auditor is organization-wide or limited to chosen locations.
 */
export const accessSchema = z
  .object({
    roles: roleList,
    managerLocationIds: idList("locations"),
    auditorScope: z.enum(["organization", "locations"]).default("organization"),
    auditorLocationIds: idList("locations"),
    validatorLocationIds: idList("locations"),
    validatorTaskIds: idList("tasks"),
  })
  .superRefine((v, ctx) => {
    if (v.roles.length === 0) ctx.addIssue({ code: "custom", path: ["roles"], message: say("user.field.roleMissing") });
    if (v.roles.includes("manager") && v.managerLocationIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["managerLocationIds"], message: say("user.field.managerLocations") });
    if (v.roles.includes("auditor") && v.auditorScope === "locations" && v.auditorLocationIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["auditorLocationIds"], message: say("user.field.auditorLocations") });
    if (v.roles.includes("validator") && v.validatorLocationIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["validatorLocationIds"], message: say("user.field.validatorLocations") });
  });

export type AccessInput = z.output<typeof accessSchema>;

/** A new person with a sign-in: who they are, where they work from when, and their access. */
export const createUserSchema = z
  .object({
    firstName: text("forms.label.firstName", { max: 100 }),
    lastName: text("forms.label.lastName", { max: 100 }),
    email: emailSchema,
    employmentStart: dateOnly("forms.label.employmentStart"),
    workLocationIds: idList("locations"),
  })
  .and(accessSchema)
  .superRefine((v, ctx) => {
    if (v.roles.includes("medical_assistant") && v.workLocationIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["workLocationIds"], message: say("user.field.workLocations") });
  });

export type CreateUserInput = z.output<typeof createUserSchema>;

/** A sign-in for someone already on record (an imported MA, a provider who starts validating). */
export const createSignInSchema = z.object({ personId: idSchema, email: emailSchema }).and(accessSchema);
export type CreateSignInInput = z.output<typeof createSignInSchema>;

export const updateAccessSchema = z.object({ userId: idSchema, version: z.coerce.number().int().min(1) }).and(accessSchema);

export const userIdSchema = z.object({ userId: idSchema });

export const setActiveSchema = z.object({
  userId: idSchema,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** The language a user chooses: one of ours, or "browser" to follow the browser's languages. */
export const languageSchema = z.object({
  language: z.enum(["browser", ...LOCALES], { error: say("user.field.language") }),
});
