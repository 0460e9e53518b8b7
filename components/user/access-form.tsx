"use client";

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

export function AccessForm({ userId, version, grants, workLocationIds, locations, tasks }: { userId: string; version: number; grants: Grant[]; workLocationIds: string[]; locations: Location[]; tasks: Task[] }) {
  const [state, formAction] = useActionState(updateAccessAction, IDLE_STATE);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <ActionMessage state={state} />
      {/* Remounts with the saved values after a successful save (the version changes). */}
      <AccessFields key={version} locations={locations} tasks={tasks} grants={grants} workLocationIds={workLocationIds} errors={errors} />
      <SubmitButton>Save access</SubmitButton>
    </ActionForm>
  );
}
