import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { actionLabel } from "@/lib/audit/wording";

export type AuditFilterChoices = { actions: string[]; entityTypes: string[]; people: { id: string; name: string }[] };

/** A value typed into the URL by hand is kept as a choice, so the form shows the filter in force. */
function withCurrent(options: string[], current: string): string[] {
  return current && !options.includes(current) ? [current, ...options] : options;
}

/**
 * The audit trail's filters. A GET form: a filtered view has a URL an auditor can bookmark or
 * hand on, and the CSV link carries the same parameters.
 */
export function AuditFilterForm({ values, errors, choices, timeZone }: { values: Record<string, string>; errors: Record<string, string>; choices: AuditFilterChoices; timeZone: string }) {
  const value = (name: string) => values[name] ?? "";
  return (
    <form action="/audit" role="search" aria-label="Filter audit events" className="no-print space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label="Who (email contains)" name="actor" maxLength={254} defaultValue={value("actor")} error={errors.actor} />
        <SelectField label="Action" name="action" defaultValue={value("action")} error={errors.action}>
          <option value="">Any action</option>
          {withCurrent(choices.actions, value("action")).map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Record type" name="entityType" defaultValue={value("entityType")} error={errors.entityType}>
          <option value="">Any record type</option>
          {withCurrent(choices.entityTypes, value("entityType")).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <TextField label="Record id" name="entityId" maxLength={100} defaultValue={value("entityId")} error={errors.entityId} />
        <SelectField label="About person" name="person" defaultValue={value("person")} error={errors.person}>
          <option value="">Anyone</option>
          {choices.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField label="From" name="from" type="date" defaultValue={value("from")} error={errors.from} hint={`Days in ${timeZone}`} />
        <TextField label="To" name="to" type="date" defaultValue={value("to")} error={errors.to} hint="Inclusive" />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Filter
          </button>
          <Link href="/audit" className={buttonClass("ghost")}>
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
