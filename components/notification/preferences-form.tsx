"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { savePreferencesAction } from "@/lib/notification/actions";
import { CADENCES, DEFAULT_CADENCE, type Cadence, type NoticeKind } from "@/lib/notification/kinds";

/** `concerns`: whom the kind concerns for this user, already in their words (see labels.ts). */
export type PreferenceRow = { kind: NoticeKind; concerns: string; cadence: Cadence };

/** One choice per kind of reminder that concerns the user; the default is marked as such. */
export function PreferencesForm({ rows, ownExpiryLocked }: { rows: PreferenceRow[]; ownExpiryLocked: boolean }) {
  const t = useTranslations("notifications");
  const [state, formAction] = useActionState(savePreferencesAction, IDLE_STATE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={formAction} className="space-y-6" noValidate>
      <ActionMessage state={state} />
      {errors.form ? <p className="text-sm font-medium text-red-700">{errors.form}</p> : null}
      {rows.map(({ kind, concerns, cadence }) => {
        const locked = kind === "record_expiring" && ownExpiryLocked;
        const about = t("settings.hint", { about: t(`kind.${kind}.about`), concerns });
        const hint = locked ? `${about} ${t("settings.locked")}` : about;
        return (
          <ChoiceGroup key={kind} legend={t(`kind.${kind}.label`)} name={kind} hint={hint} error={errors[kind]}>
            {CADENCES.filter((c) => !(locked && c === "off")).map((c) => (
              <Choice key={c} type="radio" name={kind} value={c} defaultChecked={c === cadence} label={c === DEFAULT_CADENCE[kind] ? t("settings.defaultChoice", { cadence: t(`cadence.${c}`) }) : t(`cadence.${c}`)} />
            ))}
          </ChoiceGroup>
        );
      })}
      <SubmitButton>{t("settings.save")}</SubmitButton>
    </ActionForm>
  );
}
