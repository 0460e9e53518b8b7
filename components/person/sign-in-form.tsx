"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("people");
  const [state, formAction] = useActionState(createSignInAction, IDLE_STATE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title={t("signIn.created", { name: person.name })}>
          <p>{t.rich("signIn.temporary", { password: state.data.temporaryPassword, code: (chunks) => <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base">{chunks}</code> })}</p>
          <p className="mt-1">{t("signIn.giveInPerson")}</p>
        </Alert>
        <Link className="font-semibold text-brand-800 underline" href={`/admin/users/${state.data.userId}`}>
          {t("signIn.open")}
        </Link>
      </div>
    );
  }
  if (account) {
    return (
      <p className="text-sm">
        <span className="break-all">{account.email}</span>
        {account.active ? "" : t("signIn.deactivated")} ·{" "}
        <Link className="font-semibold text-brand-800 underline" href={`/admin/users/${account.userId}`}>
          {t("signIn.manage")}
        </Link>
      </p>
    );
  }
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <details className="text-sm" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer font-semibold text-brand-800">{t("signIn.give")}</summary>
      <p className="my-2 text-muted">{t("signIn.none", { name: person.name })}</p>
      <ActionForm action={formAction} className="space-y-5" noValidate>
        <input type="hidden" name="personId" value={person.id} />
        {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
        <TextField label={t("signIn.email")} name="email" type="email" required maxLength={254} error={errors.email} autoComplete="off" />
        <AccessFields locations={locations} tasks={tasks} grants={suggested} errors={errors} />
        <SubmitButton pendingLabel={t("signIn.creating")}>{t("signIn.create")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
