"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { requestSignOffAction } from "@/lib/notification/actions";

/** Asks the validators who may sign off this task here to observe the MA, after a confirmation. */
export function RequestSignOff({ personId, personName, locationId, locationName, taskId, taskName }: { personId: string; personName: string; locationId: string; locationName: string; taskId: string; taskName: string }) {
  const t = useTranslations("notifications");
  const [state, formAction] = useActionState(requestSignOffAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="mt-2 space-y-2">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="taskId" value={taskId} />
      {state.status === "success" ? null : (
        <ConfirmSubmit
          label={t("request.label")}
          variant="secondary"
          title={t("request.title", { person: personName })}
          body={<p>{t("request.body", { task: taskName, location: locationName })}</p>}
          confirmLabel={t("request.confirm")}
        />
      )}
      <ActionMessage state={state} />
    </ActionForm>
  );
}
