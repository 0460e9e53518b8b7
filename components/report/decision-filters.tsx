import Link from "next/link";
import { useTranslations } from "next-intl";
import { TaskOptionGroups } from "@/components/clearance/task-options";
import { SelectField, TextField } from "@/components/ui/field";
import { DECISION_ANSWERS, DECISION_SOURCES } from "@/lib/decision/schema";
import type { TaskOption } from "@/lib/task/data";

type Values = { person?: string | null; task?: string; location?: string; answer?: string; source?: string; from?: string; to?: string };

/** The decision log's filters: a GET form, so a filtered view has a URL to share with a colleague. */
export function DecisionFilters({ values, errors, tasks, locations, zone }: { values: Values; errors: Record<string, string>; tasks: TaskOption[]; locations: { id: string; name: string; state: string }[]; zone: string }) {
  const t = useTranslations("reports");
  return (
    <form action="/reports/decisions" className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <TextField label={t("decisions.filters.person")} name="person" defaultValue={values.person ?? ""} error={errors.person} hint={t("decisions.filters.personHint")} maxLength={100} />
      <SelectField label={t("decisions.filters.task")} name="task" defaultValue={values.task ?? ""} error={errors.task}>
        <option value="">{t("decisions.filters.anyTask")}</option>
        <TaskOptionGroups tasks={tasks} />
      </SelectField>
      <SelectField label={t("decisions.filters.location")} name="location" defaultValue={values.location ?? ""} error={errors.location}>
        <option value="">{t("decisions.filters.anyLocation")}</option>
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name} ({l.state})
          </option>
        ))}
      </SelectField>
      <SelectField label={t("decisions.filters.answer")} name="answer" defaultValue={values.answer ?? ""} error={errors.answer}>
        <option value="">{t("decisions.filters.anyAnswer")}</option>
        {DECISION_ANSWERS.map((a) => (
          <option key={a} value={a}>
            {t(`answers.${a}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("decisions.filters.source")} name="source" defaultValue={values.source ?? ""} error={errors.source}>
        <option value="">{t("decisions.filters.anySource")}</option>
        {DECISION_SOURCES.map((s) => (
          <option key={s} value={s}>
            {t(`sources.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("decisions.filters.from")} name="from" type="date" defaultValue={values.from ?? ""} error={errors.from} hint={t("decisions.filters.fromHint", { zone })} />
      <TextField label={t("decisions.filters.to")} name="to" type="date" defaultValue={values.to ?? ""} error={errors.to} hint={t("decisions.filters.toHint", { zone })} />
      <div className="flex items-end gap-3">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("decisions.filters.submit")}
        </button>
        <Link href="/reports/decisions" prefetch={false} className="text-sm font-semibold text-brand-800 underline">
          {t("decisions.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
