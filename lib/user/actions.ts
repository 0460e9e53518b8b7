"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { changePasswordSchema, newPasswordSchema } from "@/lib/auth/schema";
import { fail } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { changeOwnPassword, createSignIn, createUser, resetPassword, setOwnLanguage, setUserActive, updateAccess } from "./mutations";
import { createSignInSchema, createUserSchema, languageSchema, setActiveSchema, updateAccessSchema, userIdSchema } from "./schema";

const organization = () => ({ kind: "organization" as const });

export const createUserAction = authorizedAction(
  "createUserAction",
  { permission: "user.manage", input: createUserSchema, target: organization },
  async ({ input, context }) => {
    const outcome = await createUser(input, context);
    if (outcome.ok) revalidatePath("/admin/users");
    return outcome;
  },
);

export const createSignInAction = authorizedAction(
  "createSignInAction",
  { permission: "user.manage", input: createSignInSchema, target: organization },
  async ({ input, context }) => {
    const outcome = await createSignIn(input, context);
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);

export const updateAccessAction = authorizedAction(
  "updateAccessAction",
  { permission: "user.manage", input: updateAccessSchema, target: organization },
  async ({ input, actor, context }) => {
    const { userId, version, ...access } = input;
    const outcome = await updateAccess(userId, version, access, actor, context);
    if (outcome.ok) revalidatePath(`/admin/users/${userId}`);
    return outcome;
  },
);

export const setUserActiveAction = authorizedAction(
  "setUserActiveAction",
  { permission: "user.manage", input: setActiveSchema, target: organization },
  async ({ input, actor, context }) => {
    const outcome = await setUserActive(input.userId, input.active, actor, context);
    if (outcome.ok) revalidatePath(`/admin/users/${input.userId}`);
    return outcome;
  },
);

export const resetPasswordAction = authorizedAction(
  "resetPasswordAction",
  { permission: "user.manage", input: userIdSchema, target: organization },
  async ({ input, context }) => {
    const outcome = await resetPassword(input.userId, context);
    if (outcome.ok) revalidatePath(`/admin/users/${input.userId}`);
    return outcome;
  },
);

export const changeOwnPasswordAction = authorizedAction(
  "changeOwnPasswordAction",
  { permission: "account.manage_own", input: changePasswordSchema, target: () => ({ kind: "self" }), allowDuringPasswordChange: true },
  async ({ input, actor, context }) => {
    const policy = newPasswordSchema(actor.email).safeParse(input.newPassword);
    if (!policy.success) {
      const message = policy.error.issues[0]?.message ?? say("user.field.strongerPassword");
      return fail("VALIDATION", undefined, { newPassword: message });
    }
    return changeOwnPassword(actor.userId, input.currentPassword, input.newPassword, context);
  },
);

export const setLanguageAction = authorizedAction(
  "setLanguageAction",
  { permission: "account.manage_own", input: languageSchema, target: () => ({ kind: "self" }) },
  async ({ input, actor, context }) => {
    const outcome = await setOwnLanguage(actor.userId, input.language === "browser" ? null : input.language, context);
    // Every page's words change, the header's too.
    if (outcome.ok) revalidatePath("/", "layout");
    return outcome;
  },
);
