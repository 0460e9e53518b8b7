"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { matchesTask } from "@/lib/task/search";
import type { TaskCategory } from "@/lib/clearance/facts";
import { TaskOptionGroups } from "./task-options";

type Task = { id: string; name: string; category: TaskCategory; parentId: string | null; searchTerms: readonly string[] };

/** A task select grouped by category, with a filter box that narrows it as you type (by name or by the task's search terms). */
export function TaskPicker({ tasks, selected, error }: { tasks: Task[]; selected?: string; error?: string }) {
  const t = useTranslations("common");
  const [filter, setFilter] = useState("");
  const visible = useMemo(() => {
    return filter.trim() ? tasks.filter((t) => matchesTask(t, filter) || t.id === selected) : tasks;
  }, [tasks, filter, selected]);
  return (
    <div className="w-full space-y-1 sm:w-96">
      <label htmlFor="task-filter" className="block text-sm font-medium">
        {t("taskPicker.label")}
      </label>
      <input
        id="task-filter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t("taskPicker.filter")}
        aria-controls="task"
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm"
      />
      <select
        id="task"
        name="task"
        defaultValue={selected ?? ""}
        required
        aria-label={t("taskPicker.label")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "task-error" : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
      >
        <option value="" disabled>
          {visible.length === 0 ? t("taskPicker.noMatch") : t("taskPicker.choose")}
        </option>
        <TaskOptionGroups tasks={visible} />
      </select>
      {error ? (
        <p id="task-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
