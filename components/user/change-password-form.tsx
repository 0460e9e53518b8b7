"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_STATE } from "@/components/ui/action-state";
import { signInPath } from "@/lib/auth/return-to";
import { changeOwnPasswordAction } from "@/lib/user/actions";
import { ActionForm } from "@/components/ui/action-form";

/** `returnTo`: the page to open after signing in again with the new password. */
export function ChangePasswordForm({ returnTo = "/" }: { returnTo?: string }) {
  const t = useTranslations("security.passwordForm");
  const [state, formAction] = useActionState(changeOwnPasswordAction, IDLE_STATE);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  useEffect(() => {
    // The change ended every session, this one included: sign in again with the new password.
    if (state.status === "success") void signOut({ callbackUrl: signInPath(returnTo, { notice: "password-changed" }) });
  }, [state.status, returnTo]);
  return (
    <ActionForm action={formAction} className="max-w-md space-y-4" noValidate>
      <ActionMessage state={state} />
      <TextField label={t("current")} name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <TextField
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        error={errors.newPassword}
        hint={t("newHint")}
      />
      <TextField label={t("repeat")} name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton pendingLabel={t("changing")}>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
