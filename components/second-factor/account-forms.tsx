"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/field";
import { renewRecoveryCodesAction, resetSecondFactorAction, turnOffSecondFactorAction } from "@/lib/second-factor/actions";
import { RecoveryCodeList } from "./recovery-codes";

export function RenewRecoveryCodesForm() {
  const [state, formAction] = useActionState(renewRecoveryCodesAction, IDLE_STATE);
  if (state.status === "success" && state.data) return <RecoveryCodeList codes={state.data.recoveryCodes} />;
  return (
    <ActionForm action={formAction} noValidate>
      <ActionMessage state={state} />
      <ConfirmSubmit
        label="Make new recovery codes"
        title="Make new recovery codes?"
        body="Your current recovery codes stop working. Save the new ones when they are shown."
        confirmLabel="Make new codes"
        variant="secondary"
      />
    </ActionForm>
  );
}

/** Only offered where the role does not require a second factor (the action checks again). */
export function TurnOffSecondFactorForm() {
  const [state, formAction] = useActionState(turnOffSecondFactorAction, IDLE_STATE);
  if (state.status === "success") return <ActionMessage state={state} />;
  const error = state.status === "error" ? state.fieldErrors?.code : undefined;
  return (
    <ActionForm action={formAction} className="max-w-sm space-y-3 border-t border-slate-200 pt-4" noValidate>
      <h3 className="font-semibold">Turn off</h3>
      <ActionMessage state={state} />
      <TextField label="Code from your app" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required error={error} />
      <ConfirmSubmit label="Turn off second factor" title="Turn off the second factor?" body="Signing in will take your password only." confirmLabel="Turn off" />
    </ActionForm>
  );
}

/**
 * An admin's reset, for someone who lost their phone and their recovery codes. Stays mounted once
 * the reset is done (and `enrolled` turns false) so that its outcome stays on screen.
 */
export function ResetSecondFactorForm({ userId, name, enrolled }: { userId: string; name: string; enrolled: boolean }) {
  const [state, formAction] = useActionState(resetSecondFactorAction, IDLE_STATE);
  if (state.status === "success") return <ActionMessage state={state} />;
  if (!enrolled) return null;
  const error = state.status === "error" ? state.fieldErrors?.reason : undefined;
  return (
    <ActionForm action={formAction} className="space-y-3" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField label="Reason" name="reason" required maxLength={500} error={error} hint="For the audit trail, e.g. “Lost phone; identity confirmed in person by J. Smith”." />
      <ConfirmSubmit
        label="Reset second factor"
        title={`Reset ${name}'s second factor?`}
        body="Their authenticator app and recovery codes stop working and their sessions end. If their role requires a second factor, they set up a new app at their next sign-in."
        confirmLabel="Reset"
      />
    </ActionForm>
  );
}
