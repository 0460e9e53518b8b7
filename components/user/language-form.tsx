"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { setLanguageAction } from "@/lib/user/actions";

/** `chosen`: the user's language, or null when they follow the browser's (`browser`, what it gives now). */
export function LanguageForm({ chosen, browser }: { chosen: Locale | null; browser: Locale }) {
  const t = useTranslations("account.language");
  const [state, formAction] = useActionState(setLanguageAction, IDLE_STATE);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <ActionForm action={formAction} className="max-w-md space-y-4" noValidate>
      <ActionMessage state={state} successTitle={t("saved")} />
      <ChoiceGroup legend={t("legend")} name="language" error={errors.language} hint={chosen === null ? t("browserHint") : undefined}>
        <div className="flex flex-col gap-2">
          <Choice type="radio" name="language" value="browser" defaultChecked={chosen === null} label={t("browser", { current: LOCALE_NAMES[browser] })} />
          {LOCALES.map((locale) => (
            <span key={locale} lang={locale}>
              <Choice type="radio" name="language" value={locale} defaultChecked={chosen === locale} label={LOCALE_NAMES[locale]} />
            </span>
          ))}
        </div>
      </ChoiceGroup>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
