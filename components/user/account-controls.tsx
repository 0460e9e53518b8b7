"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Alert } from "@/components/ui/alert";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { resetPasswordAction, setUserActiveAction } from "@/lib/user/actions";
import { ActionForm } from "@/components/ui/action-form";

export function AccountStatusForm({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const [state, formAction] = useActionState(setUserActiveAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <ActionMessage state={state} />
      {active ? (
        <ConfirmSubmit
          label="Deactivate account"
          title={`Deactivate ${name}?`}
          body="They are signed out at once and cannot sign in. Their records, clearances history and audit trail stay. You can reactivate the account later."
          confirmLabel="Deactivate"
        />
      ) : (
        <ConfirmSubmit
          label="Reactivate account"
          variant="primary"
          title={`Reactivate ${name}?`}
          body="They can sign in again with their current password."
          confirmLabel="Reactivate"
        />
      )}
    </ActionForm>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {state.status === "success" && state.data ? (
        <Alert tone="success" title="Password reset">
          <p>
            Temporary password: <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base">{state.data.temporaryPassword}</code>
          </p>
          <p className="mt-1">Give it to {name} in person; they must choose a new one when they sign in. It is not shown again.</p>
        </Alert>
      ) : (
        <ActionMessage state={state} />
      )}
      <ConfirmSubmit
        label="Reset password"
        variant="secondary"
        title={`Reset ${name}'s password?`}
        body="Their current password stops working and they are signed out everywhere. You will see a temporary password to hand over."
        confirmLabel="Reset password"
      />
    </ActionForm>
  );
}
