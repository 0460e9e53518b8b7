"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Grant } from "@/lib/access/policy";
import { updateAccessAction } from "@/lib/user/actions";
import { AccessFields } from "./access-fields";
import { ActionForm } from "@/components/ui/action-form";

type Location = { id: string; name: string; state: string };
type Task = { id: string; name: string; parentId: string | null; providerOnly: boolean };

export function AccessForm({ userId, personId, version, grants, locations, tasks }: { userId: string; personId: string; version: number; grants: Grant[]; locations: Location[]; tasks: Task[] }) {
  const t = useTranslations("admin.accessForm");
  const [state, formAction] = useActionState(updateAccessAction, IDLE_STATE);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <ActionMessage state={state} />
      {/* Remounts with the saved values after a successful save (the version changes). */}
      <AccessFields key={version} locations={locations} tasks={tasks} grants={grants} errors={errors} />
      <p className="text-sm text-muted">
        {t.rich("profileNote", {
          link: (chunks) => (
            <Link href={`/people/${personId}`} className="font-semibold text-brand-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
