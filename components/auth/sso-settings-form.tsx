"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveSsoSettingsAction } from "@/lib/organization/actions";

type Settings = { ssoCreatesUsers: boolean; ssoOnly: boolean };

/** The two switches; the values shown travel with the form so a change made meanwhile is not overwritten. */
export function SsoSettingsForm({ settings, configured }: { settings: Settings; configured: boolean }) {
  const t = useTranslations("admin.ssoForm");
  const [state, formAction] = useActionState(saveSsoSettingsAction, IDLE_STATE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="seenCreatesUsers" value={String(settings.ssoCreatesUsers)} />
      <input type="hidden" name="seenSsoOnly" value={String(settings.ssoOnly)} />
      <ChoiceGroup legend={t("firstLegend")} name="ssoCreatesUsers" error={errors.ssoCreatesUsers} hint={t("firstHint")}>
        <Choice name="ssoCreatesUsers" label={t("createUsers")} defaultChecked={settings.ssoCreatesUsers} />
      </ChoiceGroup>
      <ChoiceGroup
        legend={t("passwords")}
        name="ssoOnly"
        error={errors.ssoOnly}
        hint={configured ? t("ssoOnlyHint") : t("notConfiguredHint")}
      >
        <Choice name="ssoOnly" label={t("ssoOnly")} defaultChecked={settings.ssoOnly} />
      </ChoiceGroup>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
