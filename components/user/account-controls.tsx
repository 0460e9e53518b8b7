"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Alert } from "@/components/ui/alert";
import { IDLE_STATE } from "@/components/ui/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { resetPasswordAction, setUserActiveAction } from "@/lib/user/actions";
import { ActionForm } from "@/components/ui/action-form";

/** A temporary password as the admin reads it out: large and monospaced (also used by the new-user form). */
export const passwordCode = (chunks: React.ReactNode) => <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base">{chunks}</code>;

export function AccountStatusForm({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations("admin.accountControls");
  const [state, formAction] = useActionState(setUserActiveAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <ActionMessage state={state} />
      {active ? (
        <ConfirmSubmit
          label={t("deactivateLabel")}
          title={t("deactivateTitle", { name })}
          body={t("deactivateBody")}
          confirmLabel={t("deactivateConfirm")}
        />
      ) : (
        <ConfirmSubmit
          label={t("reactivateLabel")}
          variant="primary"
          title={t("reactivateTitle", { name })}
          body={t("reactivateBody")}
          confirmLabel={t("reactivateConfirm")}
        />
      )}
    </ActionForm>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("admin.accountControls");
  const [state, formAction] = useActionState(resetPasswordAction, IDLE_STATE);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {state.status === "success" && state.data ? (
        <Alert tone="success" title={t("resetDone")}>
          <p>{t.rich("temporaryPassword", { password: state.data.temporaryPassword, code: passwordCode })}</p>
          <p className="mt-1">{t("resetHandOver", { name })}</p>
        </Alert>
      ) : (
        <ActionMessage state={state} />
      )}
      <ConfirmSubmit
        label={t("resetLabel")}
        variant="secondary"
        title={t("resetTitle", { name })}
        body={t("resetBody")}
        confirmLabel={t("resetConfirm")}
      />
    </ActionForm>
  );
}
