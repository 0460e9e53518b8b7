import { useLocale, useTranslations } from "next-intl";
import { Choice } from "@/components/ui/field";
import type { TaskCategory } from "@/lib/clearance/facts";
import { CATEGORY_ORDER, categoryLabel } from "./labels";

type TaskOption = { id: string; name: string; category: TaskCategory; parentId: string | null; retired?: boolean };

/** The catalog inside a <select>: one group per category, refinements marked under their task. */
export function TaskOptionGroups({ tasks }: { tasks: readonly TaskOption[] }) {
  const t = useTranslations("common");
  const locale = useLocale();
  return CATEGORY_ORDER.map((category) => {
    const options = tasks.filter((t) => t.category === category);
    return options.length === 0 ? null : (
      <optgroup key={category} label={categoryLabel(category, locale)}>
        {options.map((task) => (
          <option key={task.id} value={task.id}>
            {task.parentId ? "— " : ""}
            {task.name}
            {task.retired ? ` ${t("retired")}` : ""}
          </option>
        ))}
      </optgroup>
    );
  });
}

/** The catalog as checkboxes, grouped by category, without provider-only tasks (never for MAs). */
export function TaskCheckboxes({ tasks, legend, name, checked = [], error }: { tasks: readonly (TaskOption & { providerOnly: boolean })[]; legend: string; name: string; checked?: readonly string[]; error?: string }) {
  const locale = useLocale();
  return (
    <fieldset className="space-y-3" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {CATEGORY_ORDER.map((category) => {
        const options = tasks.filter((t) => t.category === category && !t.providerOnly);
        return options.length === 0 ? null : (
          <div key={category}>
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{categoryLabel(category, locale)}</p>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
              {options.map((t) => (
                <Choice key={t.id} name={name} value={t.id} label={`${t.parentId ? "↳ " : ""}${t.name}`} defaultChecked={checked.includes(t.id)} />
              ))}
            </div>
          </div>
        );
      })}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
