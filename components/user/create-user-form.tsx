"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { IDLE_STATE } from "@/components/ui/action-state";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Grant } from "@/lib/access/policy";
import { createUserAction } from "@/lib/user/actions";
import { AccessFields } from "./access-fields";
import { passwordCode } from "./account-controls";
import { ActionForm } from "@/components/ui/action-form";

type Location = { id: string; name: string; state: string };
type Task = { id: string; name: string; parentId: string | null; providerOnly: boolean };

export function CreateUserForm({ locations, tasks, today }: { locations: Location[]; tasks: Task[]; today: string }) {
  const t = useTranslations("admin");
  const [state, formAction] = useActionState(createUserAction, IDLE_STATE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("createUser.created")}>
          <p>{t.rich("accountControls.temporaryPassword", { password: state.data.temporaryPassword, code: passwordCode })}</p>
          <p className="mt-1">{t("createUser.handOver")}</p>
        </Alert>
        <div className="flex gap-3">
          <Link className="font-semibold text-brand-800 underline" href={`/admin/users/${state.data.userId}`}>
            {t("createUser.open")}
          </Link>
          <Link className="font-semibold text-brand-800 underline" href="/admin/users/new">
            {t("createUser.another")}
          </Link>
        </div>
      </div>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const values = state.status === "error" ? state.values ?? {} : {};
  const submittedGrants = values.roles ? grantsFromValues(values) : [{ role: "medical_assistant" as const, locationId: null }];
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("createUser.firstName")} name="firstName" required maxLength={100} defaultValue={values.firstName} error={errors.firstName} autoComplete="off" />
        <TextField label={t("createUser.lastName")} name="lastName" required maxLength={100} defaultValue={values.lastName} error={errors.lastName} autoComplete="off" />
        <TextField label={t("createUser.email")} name="email" type="email" required maxLength={254} defaultValue={values.email} error={errors.email} autoComplete="off" />
        <TextField label={t("createUser.employmentStart")} name="employmentStart" type="date" required defaultValue={values.employmentStart ?? today} error={errors.employmentStart} />
      </div>
      <AccessFields
        key={values.roles ?? "initial"}
        locations={locations}
        tasks={tasks}
        grants={submittedGrants}
        auditorScope={values.auditorScope}
        workLocationIds={lines(values.workLocationIds)}
        errors={errors}
      />
      <SubmitButton pendingLabel={t("createUser.creating")}>{t("createUser.submit")}</SubmitButton>
    </ActionForm>
  );
}

const lines = (value: string | undefined) => (value ? value.split("\n") : []);

/** The grants a failed submission described, so the form comes back as the admin left it. */
function grantsFromValues(values: Record<string, string>): Grant[] {
  return lines(values.roles).flatMap((role): Grant[] => {
    const scoped =
      role === "manager"
        ? lines(values.managerLocationIds)
        : role === "validator"
          ? lines(values.validatorLocationIds)
          : role === "auditor" && values.auditorScope === "locations"
            ? lines(values.auditorLocationIds)
            : [];
    const taskIds = role === "validator" && lines(values.validatorTaskIds).length > 0 ? lines(values.validatorTaskIds) : [null];
    return scoped.length > 0
      ? scoped.flatMap((locationId) => taskIds.map((taskId) => ({ role: role as Grant["role"], locationId, taskId })))
      : [{ role: role as Grant["role"], locationId: null }];
  });
}
