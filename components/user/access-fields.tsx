"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Choice, ChoiceGroup } from "@/components/ui/field";
import type { Grant } from "@/lib/access/policy";

type Location = { id: string; name: string; state: string };
type Task = { id: string; name: string; parentId: string | null; providerOnly: boolean };

const ROLE_CHOICES = ["medical_assistant", "manager", "auditor", "validator", "admin"] as const;

/**
 * Roles and locations as one fieldset: location pickers appear for the roles that need them.
 * Values come from the saved grants, or from the last submission when it failed validation.
 * "Works at" only when creating a user (`workLocationIds` given): after that, where someone works
 * is their employment, dated and edited on their profile.
 */
export function AccessFields({
  locations,
  tasks,
  grants,
  workLocationIds,
  errors,
  auditorScope: initialAuditorScope,
}: {
  locations: Location[];
  tasks: Task[];
  grants: readonly Grant[];
  auditorScope?: string;
  workLocationIds?: readonly string[];
  errors: Record<string, string>;
}) {
  const t = useTranslations("admin");
  const [roles, setRoles] = useState<Set<string>>(new Set(grants.map((g) => g.role)));
  const orgWideAuditor = grants.some((g) => g.role === "auditor" && g.locationId === null) || !grants.some((g) => g.role === "auditor");
  const [auditorScope, setAuditorScope] = useState(initialAuditorScope ?? (orgWideAuditor ? "organization" : "locations"));
  const scoped = (role: string) => new Set(grants.filter((g) => g.role === role && g.locationId).map((g) => g.locationId as string));
  const toggle = (role: string, on: boolean) =>
    setRoles((current) => {
      const next = new Set(current);
      if (on) next.add(role);
      else next.delete(role);
      return next;
    });

  const locationChoices = (name: string, checked: Set<string> | readonly string[]) =>
    locations.map((l) => (
      <Choice key={l.id} name={name} value={l.id} label={`${l.name} (${l.state})`} defaultChecked={[...checked].includes(l.id)} />
    ));

  return (
    <div className="space-y-5">
      <ChoiceGroup legend={t("accessFields.roles")} name="roles" error={errors.roles}>
        {ROLE_CHOICES.map((role) => (
          <label key={role} className="flex min-h-11 w-full items-start gap-2 text-sm sm:w-[calc(50%-1.5rem)]">
            <input type="checkbox" name="roles" value={role} checked={roles.has(role)} onChange={(e) => toggle(role, e.target.checked)} className="mt-1 size-4 accent-brand-700" />
            <span>
              <span className="font-medium">{t(`roles.${role}.label`)}</span>
              <span className="block text-xs text-muted">{t(`roles.${role}.hint`)}</span>
            </span>
          </label>
        ))}
      </ChoiceGroup>
      {roles.has("manager") ? (
        <ChoiceGroup legend={t("accessFields.manages")} name="managerLocationIds" error={errors.managerLocationIds}>
          {locationChoices("managerLocationIds", scoped("manager"))}
        </ChoiceGroup>
      ) : null}
      {roles.has("auditor") ? (
        <div className="space-y-3">
          <ChoiceGroup legend={t("accessFields.auditorSees")} name="auditorScope">
            <Choice type="radio" name="auditorScope" value="organization" label={t("accessFields.wholeOrganization")} checked={auditorScope === "organization"} onChange={() => setAuditorScope("organization")} />
            <Choice type="radio" name="auditorScope" value="locations" label={t("accessFields.chosenOnly")} checked={auditorScope === "locations"} onChange={() => setAuditorScope("locations")} />
          </ChoiceGroup>
          {auditorScope === "locations" ? (
            <ChoiceGroup legend={t("accessFields.auditorLocations")} name="auditorLocationIds" error={errors.auditorLocationIds}>
              {locationChoices("auditorLocationIds", scoped("auditor"))}
            </ChoiceGroup>
          ) : null}
        </div>
      ) : null}
      {roles.has("validator") ? (
        <div className="space-y-3">
          <ChoiceGroup legend={t("accessFields.validatorLocations")} name="validatorLocationIds" error={errors.validatorLocationIds}>
            {locationChoices("validatorLocationIds", scoped("validator"))}
          </ChoiceGroup>
          <ChoiceGroup legend={t("accessFields.validatorTasks")} name="validatorTaskIds" hint={t("accessFields.validatorTasksHint")}>
            {tasks
              .filter((task) => !task.parentId && !task.providerOnly)
              .map((task) => (
                <Choice key={task.id} name="validatorTaskIds" value={task.id} label={task.name} defaultChecked={grants.some((g) => g.role === "validator" && g.taskId === task.id)} />
              ))}
          </ChoiceGroup>
        </div>
      ) : null}
      {workLocationIds ? (
        <ChoiceGroup legend={t("accessFields.worksAt")} name="workLocationIds" error={errors.workLocationIds} hint={t("accessFields.worksAtHint")}>
          {locationChoices("workLocationIds", workLocationIds)}
        </ChoiceGroup>
      ) : null}
    </div>
  );
}
