"use client";

import Link from "next/link";
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
  const [state, formAction] = useActionState(confirmSetupAction, IDLE_STATE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Authenticator app set up" />
        <RecoveryCodeList codes={state.data.recoveryCodes} />
        {state.data.proof ? (
          <CompleteSetupForm proof={state.data.proof} returnTo={continueHref} />
        ) : (
          <Link href={continueHref} className={buttonClass("primary")}>
            I have saved my codes: continue
          </Link>
        )}
      </div>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        <li>Open an authenticator app on your phone (Microsoft Authenticator, Google Authenticator, 1Password and others work).</li>
        <li>Add an account and scan this QR code.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div role="img" aria-label={`QR code that adds Cleared (${account}) to an authenticator app`} className="mx-auto w-48 [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800">Can’t scan? Enter the key instead</summary>
        <p className="mt-2">
          Account: {account}
          <br />
          Key: <code className="font-mono break-all">{secret}</code>
          <br />
          Type: time-based, 6 digits, every 30 seconds.
        </p>
      </details>
      <ActionForm action={formAction} className="space-y-4" noValidate>
        <ActionMessage state={state} />
        {replacing ? (
          <TextField label="Code from your current app" name="currentCode" inputMode="text" autoComplete="off" required error={errors.currentCode} hint="Proves it is you before the old app stops working. A recovery code works too." />
        ) : null}
        <TextField label={replacing ? "Code from the new app" : "Code from the app"} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required error={errors.code} />
        <SubmitButton pendingLabel="Checking…">Confirm and show recovery codes</SubmitButton>
      </ActionForm>
    </div>
  );
}

/** While signing in, continuing completes the session (see `completeSetupAction`). */
function CompleteSetupForm({ proof, returnTo }: { proof: string; returnTo: string }) {
  const [state, formAction] = useActionState(completeSetupAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <input type="hidden" name="proof" value={proof} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SubmitButton pendingLabel="Continuing…">I have saved my codes: continue</SubmitButton>
    </ActionForm>
  );
}
