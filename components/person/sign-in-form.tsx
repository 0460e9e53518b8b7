"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { AccessFields } from "@/components/user/access-fields";
import type { Grant } from "@/lib/access/policy";
import { createSignInAction } from "@/lib/user/actions";

type Location = { id: string; name: string; state: string };
type Task = { id: string; name: string; parentId: string | null; providerOnly: boolean };

/**
 * For admins: the person's sign-in, or a form giving them one (email and access; a provider given
 * the validator role signs off competency and can be chosen as a supervisor). It stays mounted
 * when the page refreshes after the save, so the one-time temporary password stays on screen.
 */
export function SignInForm({
  person,
  account,
  suggested,
  locations,
  tasks,
}: {
  person: { id: string; name: string };
  account: { userId: string; email: string; active: boolean } | null;
  /** The roles the form starts with (e.g. validator where a provider works). */
  suggested: Grant[];
  locations: Location[];
  tasks: Task[];
}) {
  const [state, formAction] = useActionState(createSignInAction, IDLE_STATE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title={`Sign-in created for ${person.name}`}>
          <p>
            Temporary password: <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base">{state.data.temporaryPassword}</code>
          </p>
          <p className="mt-1">Give it to them in person. They must choose their own password when they first sign in. It is not shown again.</p>
        </Alert>
        <Link className="font-semibold text-brand-800 underline" href={`/admin/users/${state.data.userId}`}>
          Open the account
        </Link>
      </div>
    );
  }
  if (account) {
    return (
      <p className="text-sm">
        <span className="break-all">{account.email}</span>
        {account.active ? "" : " (deactivated)"} ·{" "}
        <Link className="font-semibold text-brand-800 underline" href={`/admin/users/${account.userId}`}>
          Roles, password and status
        </Link>
      </p>
    );
  }
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <details className="text-sm" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer font-semibold text-brand-800">Give a sign-in</summary>
      <p className="my-2 text-muted">{person.name} has no sign-in. Where they work stays their employment above; this only gives them access.</p>
      <ActionForm action={formAction} className="space-y-5" noValidate>
        <input type="hidden" name="personId" value={person.id} />
        {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
        <TextField label="Email" name="email" type="email" required maxLength={254} error={errors.email} autoComplete="off" />
        <AccessFields locations={locations} tasks={tasks} grants={suggested} errors={errors} />
        <SubmitButton pendingLabel="Creating…">Create sign-in</SubmitButton>
      </ActionForm>
    </details>
  );
}
