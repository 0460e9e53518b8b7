"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { revokeTokenAction } from "@/lib/token/actions";

export function RevokeTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("admin.revokeToken");
  const [state, formAction] = useActionState(revokeTokenAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <ActionMessage state={state} />
      <ConfirmSubmit
        label={t("label", { name })}
        title={t("title", { name })}
        body={t("body")}
        confirmLabel={t("confirm")}
      />
    </ActionForm>
  );
}
