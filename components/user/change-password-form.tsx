"use client";

import { signOut } from "next-auth/react";
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
  const [state, formAction] = useActionState(changeOwnPasswordAction, IDLE_STATE);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  useEffect(() => {
    // The change ended every session, this one included: sign in again with the new password.
    if (state.status === "success") void signOut({ callbackUrl: signInPath(returnTo, { notice: "password-changed" }) });
  }, [state.status, returnTo]);
  return (
    <ActionForm action={formAction} className="max-w-md space-y-4" noValidate>
      <ActionMessage state={state} />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        error={errors.newPassword}
        hint="At least 12 characters. Long phrases of unrelated words are strong and easy to remember."
      />
      <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </ActionForm>
  );
}
