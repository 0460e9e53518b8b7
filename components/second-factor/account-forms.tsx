"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/field";
import { renewRecoveryCodesAction, resetSecondFactorAction, turnOffSecondFactorAction } from "@/lib/second-factor/actions";
import { RecoveryCodeList } from "./recovery-codes";

export function RenewRecoveryCodesForm() {
  const t = useTranslations("security.renew");
  const [state, formAction] = useActionState(renewRecoveryCodesAction, IDLE_STATE);
  if (state.status === "success" && state.data) return <RecoveryCodeList codes={state.data.recoveryCodes} />;
  return (
    <ActionForm action={formAction} noValidate>
      <ActionMessage state={state} />
      <ConfirmSubmit
        label={t("label")}
        title={t("title")}
        body={t("body")}
        confirmLabel={t("confirm")}
        variant="secondary"
      />
    </ActionForm>
  );
}

/** Only offered where the role does not require a second factor (the action checks again). */
export function TurnOffSecondFactorForm() {
  const t = useTranslations("security.turnOff");
  const [state, formAction] = useActionState(turnOffSecondFactorAction, IDLE_STATE);
  if (state.status === "success") return <ActionMessage state={state} />;
  const error = state.status === "error" ? state.fieldErrors?.code : undefined;
  return (
    <ActionForm action={formAction} className="max-w-sm space-y-3 border-t border-slate-200 pt-4" noValidate>
      <h3 className="font-semibold">{t("heading")}</h3>
      <ActionMessage state={state} />
      <TextField label={t("code")} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required error={error} />
      <ConfirmSubmit label={t("label")} title={t("title")} body={t("body")} confirmLabel={t("confirm")} />
    </ActionForm>
  );
}

/**
 * An admin's reset, for someone who lost their phone and their recovery codes. Stays mounted once
 * the reset is done (and `enrolled` turns false) so that its outcome stays on screen.
 */
export function ResetSecondFactorForm({ userId, name, enrolled }: { userId: string; name: string; enrolled: boolean }) {
  const t = useTranslations("security.reset");
  const [state, formAction] = useActionState(resetSecondFactorAction, IDLE_STATE);
  if (state.status === "success") return <ActionMessage state={state} />;
  if (!enrolled) return null;
  const error = state.status === "error" ? state.fieldErrors?.reason : undefined;
  return (
    <ActionForm action={formAction} className="space-y-3" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField label={t("reason")} name="reason" required maxLength={500} error={error} hint={t("reasonHint")} />
      <ConfirmSubmit
        label={t("label")}
        title={t("title", { name })}
        body={t("body")}
        confirmLabel={t("confirm")}
      />
    </ActionForm>
  );
}
