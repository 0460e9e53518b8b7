"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { retryMessageAction } from "@/lib/notification/actions";

/** "Send again" for a failed message, after a confirmation. */
export function RetryMessage({ messageId, to }: { messageId: string; to: string }) {
  const t = useTranslations("notifications");
  const [state, formAction] = useActionState(retryMessageAction, IDLE_STATE);
  if (state.status === "success") return <ActionMessage state={state} />;
  return (
    <ActionForm action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <input type="hidden" name="messageId" value={messageId} />
      <ConfirmSubmit label={t("message.retry")} variant="primary" title={t("message.retryTitle")} body={<p>{t("message.retryBody", { to })}</p>} confirmLabel={t("message.retry")} />
    </ActionForm>
  );
}
