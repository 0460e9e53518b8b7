"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { IDLE_STATE } from "@/components/ui/action-state";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Grant } from "@/lib/access/policy";
import { createUserAction } from "@/lib/user/actions";
import { AccessFields } from "./access-fields";
import { ActionForm } from "@/components/ui/action-form";

type Location = { id: string; name: string; state: string };
type Task = { id: string; name: string; parentId: string | null; providerOnly: boolean };

export function CreateUserForm({ locations, tasks, today }: { locations: Location[]; tasks: Task[]; today: string }) {
  const [state, formAction] = useActionState(createUserAction, IDLE_STATE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Account created">
          <p>
            Temporary password: <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base">{state.data.temporaryPassword}</code>
          </p>
          <p className="mt-1">Give it to the user in person. They must choose their own password when they first sign in. It is not shown again.</p>
        </Alert>
        <div className="flex gap-3">
          <Link className="font-semibold text-brand-800 underline" href={`/admin/users/${state.data.userId}`}>
            Open the new account
          </Link>
          <Link className="font-semibold text-brand-800 underline" href="/admin/users/new">
            Create another
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
        <TextField label="First name" name="firstName" required maxLength={100} defaultValue={values.firstName} error={errors.firstName} autoComplete="off" />
        <TextField label="Last name" name="lastName" required maxLength={100} defaultValue={values.lastName} error={errors.lastName} autoComplete="off" />
        <TextField label="Email" name="email" type="email" required maxLength={254} defaultValue={values.email} error={errors.email} autoComplete="off" />
        <TextField label="Employment start" name="employmentStart" type="date" required defaultValue={values.employmentStart ?? today} error={errors.employmentStart} />
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
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
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
