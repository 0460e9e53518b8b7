import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("audit.filter");
  const value = (name: string) => values[name] ?? "";
  return (
    <form action="/audit" role="search" aria-label={t("label")} className="no-print space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t("actor")} name="actor" maxLength={254} defaultValue={value("actor")} error={errors.actor} />
        <SelectField label={t("action")} name="action" defaultValue={value("action")} error={errors.action}>
          <option value="">{t("anyAction")}</option>
          {withCurrent(choices.actions, value("action")).map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("entityType")} name="entityType" defaultValue={value("entityType")} error={errors.entityType}>
          <option value="">{t("anyEntityType")}</option>
          {withCurrent(choices.entityTypes, value("entityType")).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <TextField label={t("entityId")} name="entityId" maxLength={100} defaultValue={value("entityId")} error={errors.entityId} />
        <SelectField label={t("person")} name="person" defaultValue={value("person")} error={errors.person}>
          <option value="">{t("anyone")}</option>
          {choices.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("from")} name="from" type="date" defaultValue={value("from")} error={errors.from} hint={t("fromHint", { zone: timeZone })} />
        <TextField label={t("to")} name="to" type="date" defaultValue={value("to")} error={errors.to} hint={t("toHint")} />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("submit")}
          </button>
          <Link href="/audit" className={buttonClass("ghost")}>
            {t("clear")}
          </Link>
        </div>
      </div>
    </form>
  );
}
