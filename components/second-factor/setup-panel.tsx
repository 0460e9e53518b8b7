"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { completeSetupAction, confirmSetupAction } from "@/lib/second-factor/actions";
import { RecoveryCodeList } from "./recovery-codes";

/**
 * Setting up an authenticator app: scan the QR code (or type the key), confirm with a code, then
 * save the recovery codes. Replacing an app also asks for a code from the current one.
 */
export function SetupPanel({ qrSvg, secret, account, replacing, continueHref }: { qrSvg: string; secret: string; account: string; replacing: boolean; continueHref: string }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(confirmSetupAction, IDLE_STATE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("setup.done")} />
        <RecoveryCodeList codes={state.data.recoveryCodes} />
        {state.data.proof ? (
          <CompleteSetupForm proof={state.data.proof} returnTo={continueHref} />
        ) : (
          <Link href={continueHref} className={buttonClass("primary")}>
            {t("setup.continue")}
          </Link>
        )}
      </div>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        <li>{t("setup.stepOpen")}</li>
        <li>{t("setup.stepScan")}</li>
        <li>{t("setup.stepEnter")}</li>
      </ol>
      <div role="img" aria-label={t("setup.qrLabel", { account })} className="mx-auto w-48 [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800">{t("setup.cantScan")}</summary>
        <p className="mt-2">
          {t("setup.account", { account })}
          <br />
          {t("setup.key")} <code className="font-mono break-all">{secret}</code>
          <br />
          {t("setup.type")}
        </p>
      </details>
      <ActionForm action={formAction} className="space-y-4" noValidate>
        <ActionMessage state={state} />
        {replacing ? (
          <TextField label={t("setup.currentCode")} name="currentCode" inputMode="text" autoComplete="off" required error={errors.currentCode} hint={t("setup.currentCodeHint")} />
        ) : null}
        <TextField label={replacing ? t("setup.newAppCode") : t("setup.appCode")} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required error={errors.code} />
        <SubmitButton pendingLabel={t("code.checking")}>{t("setup.confirm")}</SubmitButton>
      </ActionForm>
    </div>
  );
}

/** While signing in, continuing completes the session (see `completeSetupAction`). */
function CompleteSetupForm({ proof, returnTo }: { proof: string; returnTo: string }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(completeSetupAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <input type="hidden" name="proof" value={proof} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SubmitButton pendingLabel={t("setup.continuing")}>{t("setup.continue")}</SubmitButton>
    </ActionForm>
  );
}
