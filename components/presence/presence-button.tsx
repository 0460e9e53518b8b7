"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { recordPresenceAction } from "@/lib/presence/actions";

/** One tap from a phone: "I'm on site now" when not checked in, "I'm leaving" when checked in. */
export function PresenceButton({ locationId, locationName, providerId, checkedIn }: { locationId: string; locationName: string; providerId: string; checkedIn: boolean }) {
  const t = useTranslations("presence.button");
  const [state, formAction] = useActionState(recordPresenceAction, IDLE_STATE as ActionState<{ kind: "check_in" | "check_out"; time: string }>);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="providerId" value={providerId} />
      <input type="hidden" name="kind" value={checkedIn ? "check_out" : "check_in"} />
      <SubmitButton variant={checkedIn ? "secondary" : "primary"} pendingLabel={t("saving")} className="w-full py-3 text-base sm:w-auto">
        {checkedIn ? t("leaving", { location: locationName }) : t("arriving", { location: locationName })}
      </SubmitButton>
    </ActionForm>
  );
}
