"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action-client";
import { Alert } from "./alert";
import { useStillApplies } from "./edited-fields";

/**
 * The outcome of a form's last submission, announced to screen readers. A refusal over fields goes
 * once every field it named has been changed, as their own messages do.
 */
export function ActionMessage({ state, successTitle }: { state: ActionState<unknown>; successTitle?: string }) {
  const t = useTranslations("common");
  const stillApplies = useStillApplies(state);
  if (state.status === "idle" || !stillApplies) return null;
  if (state.status === "success") return <Alert tone="success" title={state.message ?? successTitle ?? t("saved")} />;
  return <Alert tone="error" title={state.message} />;
}

/** What a form shows once saved: the outcome and the way back to where the user came from. */
export function ActionDone({ state, backHref, backLabel }: { state: ActionState<unknown>; backHref: string; backLabel?: string }) {
  const t = useTranslations("common");
  return (
    <div className="space-y-3">
      <ActionMessage state={state} />
      <Link href={backHref} className="font-semibold text-brand-800 underline">
        {backLabel ?? t("back")}
      </Link>
    </div>
  );
}
