import Link from "next/link";
import { answerWord } from "@/components/clearance/answer-badge";
import { TaskOptionGroups } from "@/components/clearance/task-options";
import { SelectField, TextField } from "@/components/ui/field";
import { DECISION_ANSWERS, DECISION_SOURCES } from "@/lib/decision/schema";
import type { TaskOption } from "@/lib/task/data";
import { SOURCE_LABELS } from "./labels";

type Values = { person?: string | null; task?: string; location?: string; answer?: string; source?: string; from?: string; to?: string };

/** The decision log's filters: a GET form, so a filtered view has a URL to share with a colleague. */
export function DecisionFilters({ values, errors, tasks, locations, zoneLabel }: { values: Values; errors: Record<string, string>; tasks: TaskOption[]; locations: { id: string; name: string; state: string }[]; zoneLabel: string }) {
  return (
    <form action="/reports/decisions" className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <TextField label="Person" name="person" defaultValue={values.person ?? ""} error={errors.person} hint="A name, or a person's id." maxLength={100} />
      <SelectField label="Task" name="task" defaultValue={values.task ?? ""} error={errors.task}>
        <option value="">Any task</option>
        <TaskOptionGroups tasks={tasks} />
      </SelectField>
      <SelectField label="Location" name="location" defaultValue={values.location ?? ""} error={errors.location}>
        <option value="">Any location you can report on</option>
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name} ({l.state})
          </option>
        ))}
      </SelectField>
      <SelectField label="Answer" name="answer" defaultValue={values.answer ?? ""} error={errors.answer}>
        <option value="">Any answer</option>
        {DECISION_ANSWERS.map((a) => (
          <option key={a} value={a}>
            {answerWord(a)}
          </option>
        ))}
      </SelectField>
      <SelectField label="Source" name="source" defaultValue={values.source ?? ""} error={errors.source}>
        <option value="">Any source</option>
        {DECISION_SOURCES.map((s) => (
          <option key={s} value={s}>
            {SOURCE_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextField label="Asked from" name="from" type="date" defaultValue={values.from ?? ""} error={errors.from} hint={zoneLabel} />
      <TextField label="Asked to" name="to" type="date" defaultValue={values.to ?? ""} error={errors.to} hint={`${zoneLabel}, inclusive`} />
      <div className="flex items-end gap-3">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Filter
        </button>
        <Link href="/reports/decisions" prefetch={false} className="text-sm font-semibold text-brand-800 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
