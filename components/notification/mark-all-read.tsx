"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { markNoticesReadAction } from "@/lib/notification/actions";

export function MarkAllRead() {
  const t = useTranslations("notifications");
  const [state, formAction] = useActionState(markNoticesReadAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="flex flex-col items-start gap-2 sm:items-end">
      <SubmitButton variant="secondary" pendingLabel={t("list.marking")}>
        {t("list.markAll")}
      </SubmitButton>
      {state.status === "error" ? <ActionMessage state={state} /> : null}
    </ActionForm>
  );
}
