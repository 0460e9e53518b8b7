"use client";

import { useTranslations, useLocale } from "next-intl";
import { useActionState } from "react";
import { CATEGORY_ORDER, categoryLabel } from "@/components/clearance/labels";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { createTaskAction } from "@/lib/task/actions";
import { ActionForm } from "@/components/ui/action-form";

export function CreateTaskForm({ parents }: { parents: { id: string; name: string }[] }) {
  const t = useTranslations("admin.taskForm");
  const locale = useLocale();
  const [state, formAction] = useActionState(createTaskAction, IDLE_STATE as ActionState<{ id: string }>);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const values = state.status === "error" ? state.values ?? {} : {};
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <ActionMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("name")} name="name" required maxLength={120} defaultValue={values.name} error={errors.name} />
        <TextField label={t("code")} name="code" required maxLength={60} defaultValue={values.code} error={errors.code} hint={t("codeHint")} />
        <SelectField label={t("category")} name="category" required defaultValue={values.category ?? "clinical"} error={errors.category}>
          {CATEGORY_ORDER.map((code) => (
            <option key={code} value={code}>
              {categoryLabel(code, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("refines")} name="parentId" defaultValue={values.parentId ?? ""} error={errors.parentId}>
          <option value="">{t("nothing")}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t("description")} name="description" required maxLength={1000} defaultValue={values.description} error={errors.description} />
      <TextAreaField label={t("alsoFoundBy")} name="searchTerms" maxLength={2000} defaultValue={values.searchTerms} error={errors.searchTerms} hint={t("termsHint")} />
      <Choice name="providerOnly" value="on" label={t("providerOnly")} defaultChecked={values.providerOnly === "on"} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
