"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { ActionState } from "@/lib/auth/action-client";
import { saveExceptionAction, saveOwnAbsenceAction } from "@/lib/exception/actions";

/** Cancels an exception after a confirmation: a new version marked cancelled, so the history keeps it. */
export function CancelException({ exception, own, description }: { exception: { lineageId: string; version: number; locationId: string; kind: string; providerId: string | null; fromDate: string; reason: string }; own: boolean; description: string }) {
  const t = useTranslations("exceptions.cancel");
  const [state, formAction] = useActionState(own ? saveOwnAbsenceAction : saveExceptionAction, IDLE_STATE as ActionState<{ lineageId: string; version: number }>);
  if (state.status === "success") return <ActionMessage state={state} />;
  return (
    <ActionForm action={formAction} className="inline">
      <ActionMessage state={state} />
      <input type="hidden" name="locationId" value={exception.locationId} />
      <input type="hidden" name="lineageId" value={exception.lineageId} />
      <input type="hidden" name="version" value={exception.version} />
      <input type="hidden" name="kind" value={exception.kind} />
      <input type="hidden" name="providerId" value={exception.providerId ?? ""} />
      <input type="hidden" name="fromDate" value={exception.fromDate} />
      <input type="hidden" name="reason" value={exception.reason} />
      <input type="hidden" name="cancel" value="on" />
      <ConfirmSubmit label={t("label")} variant="secondary" title={t("title")} body={<p>{t("body", { description })}</p>} confirmLabel={t("confirm")} />
    </ActionForm>
  );
}
