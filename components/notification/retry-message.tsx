"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { retryMessageAction } from "@/lib/notification/actions";

/** "Send again" for a failed message, after a confirmation. */
export function RetryMessage({ messageId, to }: { messageId: string; to: string }) {
  const [state, formAction] = useActionState(retryMessageAction, IDLE_STATE);
  if (state.status === "success") return <ActionMessage state={state} />;
  return (
    <ActionForm action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <input type="hidden" name="messageId" value={messageId} />
      <ConfirmSubmit
        label="Send again"
        variant="primary"
        title="Send this message again?"
        body={<p>It goes back in the queue for {to}, and its attempts count from zero again.</p>}
        confirmLabel="Send again"
      />
    </ActionForm>
  );
}
