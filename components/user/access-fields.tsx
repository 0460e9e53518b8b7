"use client";

import { useState } from "react";
import { Choice, ChoiceGroup } from "@/components/ui/field";
import type { Grant } from "@/lib/access/policy";

type Location = { id: string; name: string; state: string };
type Task = { id: string; name: string; parentId: string | null; providerOnly: boolean };

const ROLE_CHOICES = [
  { value: "medical_assistant", label: "Medical assistant", hint: "Sees only their own records and clearances." },
  { value: "manager", label: "Manager", hint: "Manages staff at chosen locations." },
  { value: "auditor", label: "Auditor", hint: "Read-only, organization-wide or chosen locations." },
  { value: "validator", label: "Competency validator", hint: "Signs off MAs' competency at chosen locations (usually a provider)." },
  { value: "admin", label: "Admin", hint: "Manages users, locations and reference data everywhere." },
] as const;

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
      <ChoiceGroup legend="Roles" name="roles" error={errors.roles}>
        {ROLE_CHOICES.map((r) => (
          <label key={r.value} className="flex min-h-11 w-full items-start gap-2 text-sm sm:w-[calc(50%-1.5rem)]">
            <input type="checkbox" name="roles" value={r.value} checked={roles.has(r.value)} onChange={(e) => toggle(r.value, e.target.checked)} className="mt-1 size-4 accent-brand-700" />
            <span>
              <span className="font-medium">{r.label}</span>
              <span className="block text-xs text-muted">{r.hint}</span>
            </span>
          </label>
        ))}
      </ChoiceGroup>
      {roles.has("manager") ? (
        <ChoiceGroup legend="Manages these locations" name="managerLocationIds" error={errors.managerLocationIds}>
          {locationChoices("managerLocationIds", scoped("manager"))}
        </ChoiceGroup>
      ) : null}
      {roles.has("auditor") ? (
        <div className="space-y-3">
          <ChoiceGroup legend="Auditor sees" name="auditorScope">
            <Choice type="radio" name="auditorScope" value="organization" label="The whole organization" checked={auditorScope === "organization"} onChange={() => setAuditorScope("organization")} />
            <Choice type="radio" name="auditorScope" value="locations" label="Chosen locations only" checked={auditorScope === "locations"} onChange={() => setAuditorScope("locations")} />
          </ChoiceGroup>
          {auditorScope === "locations" ? (
            <ChoiceGroup legend="Auditor locations" name="auditorLocationIds" error={errors.auditorLocationIds}>
              {locationChoices("auditorLocationIds", scoped("auditor"))}
            </ChoiceGroup>
          ) : null}
        </div>
      ) : null}
      {roles.has("validator") ? (
        <div className="space-y-3">
          <ChoiceGroup legend="Signs off competency at" name="validatorLocationIds" error={errors.validatorLocationIds}>
            {locationChoices("validatorLocationIds", scoped("validator"))}
          </ChoiceGroup>
          <ChoiceGroup legend="Only for these tasks" name="validatorTaskIds" hint="Leave all unchecked to let this person sign off every task.">
            {tasks
              .filter((t) => !t.parentId && !t.providerOnly)
              .map((t) => (
                <Choice key={t.id} name="validatorTaskIds" value={t.id} label={t.name} defaultChecked={grants.some((g) => g.role === "validator" && g.taskId === t.id)} />
              ))}
          </ChoiceGroup>
        </div>
      ) : null}
      {workLocationIds ? (
        <ChoiceGroup legend="Works at" name="workLocationIds" error={errors.workLocationIds} hint="Where this person works. Clearances are always per location.">
          {locationChoices("workLocationIds", workLocationIds)}
        </ChoiceGroup>
      ) : null}
    </div>
  );
}
