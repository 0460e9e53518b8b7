"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifySignInCodeAction } from "@/lib/second-factor/actions";

/** The second step of signing in: the authenticator's code, or a recovery code for a lost phone. */
export function SignInCodeForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(verifySignInCodeAction, IDLE_STATE);
  const [recovery, setRecovery] = useState(false);
  const error = state.status === "error" ? state.fieldErrors?.code : undefined;
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {recovery ? (
        <TextField key="recovery" label={t("code.recoveryLabel")} name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} required autoFocus error={error} hint={t("code.recoveryHint")} />
      ) : (
        <TextField key="totp" label={t("code.label")} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} required autoFocus error={error} hint={t("code.hint")} />
      )}
      <SubmitButton pendingLabel={t("code.checking")} className="w-full">
        {t("code.verify")}
      </SubmitButton>
      <button type="button" className="text-sm font-semibold text-brand-800 underline" onClick={() => setRecovery(!recovery)}>
        {recovery ? t("code.useApp") : t("code.useRecovery")}
      </button>
    </ActionForm>
  );
}
