import { Choice } from "@/components/ui/field";
import type { TaskCategory } from "@/lib/clearance/facts";
import { CATEGORY_LABELS, CATEGORY_ORDER } from "./labels";

type TaskOption = { id: string; name: string; category: TaskCategory; parentId: string | null; retired?: boolean };

/** The catalog inside a <select>: one group per category, refinements marked under their task. */
export function TaskOptionGroups({ tasks }: { tasks: readonly TaskOption[] }) {
  return CATEGORY_ORDER.map((category) => {
    const options = tasks.filter((t) => t.category === category);
    return options.length === 0 ? null : (
      <optgroup key={category} label={CATEGORY_LABELS[category]}>
        {options.map((t) => (
          <option key={t.id} value={t.id}>
            {t.parentId ? "— " : ""}
            {t.name}
            {t.retired ? " (retired)" : ""}
          </option>
        ))}
      </optgroup>
    );
  });
}

/** The catalog as checkboxes, grouped by category, without provider-only tasks (never for MAs). */
export function TaskCheckboxes({ tasks, legend, name, checked = [], error }: { tasks: readonly (TaskOption & { providerOnly: boolean })[]; legend: string; name: string; checked?: readonly string[]; error?: string }) {
  return (
    <fieldset className="space-y-3" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {CATEGORY_ORDER.map((category) => {
        const options = tasks.filter((t) => t.category === category && !t.providerOnly);
        return options.length === 0 ? null : (
          <div key={category}>
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{CATEGORY_LABELS[category]}</p>
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
