"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { requestSignOffAction } from "@/lib/notification/actions";

/** Asks the validators who may sign off this task here to observe the MA, after a confirmation. */
export function RequestSignOff({ personId, personName, locationId, locationName, taskId, taskName }: { personId: string; personName: string; locationId: string; locationName: string; taskId: string; taskName: string }) {
  const [state, formAction] = useActionState(requestSignOffAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="mt-2 space-y-2">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="taskId" value={taskId} />
      {state.status === "success" ? null : (
        <ConfirmSubmit
          label="Request sign-off"
          variant="secondary"
          title={`Ask for a sign-off of ${personName}?`}
          body={<p>Every validator who may sign off {taskName} at {locationName} is notified, in the app and by email as they chose. Once a day at most.</p>}
          confirmLabel="Send request"
        />
      )}
      <ActionMessage state={state} />
    </ActionForm>
  );
}
