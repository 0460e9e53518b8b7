import Link from "next/link";
import type { LocationAnswers } from "@/lib/clearance/check";
import { wallClock, zoneName } from "@/lib/time/zoned";
import { AnswerBadge } from "./answer-badge";
import { CATEGORY_LABELS, CATEGORY_ORDER } from "./labels";

/** Every task at each location, grouped by category, with the answer and why not. */
export function ClearanceOverview({ results, personId, explicitMoment }: { results: LocationAnswers[]; personId: string; explicitMoment: boolean }) {
  return (
    <div className="space-y-6">
      {results.map(({ location, moment, answers }) => {
        const wall = wallClock(moment, location.timeZone);
        const counts = { cleared: 0, not_cleared: 0, check_first: 0 };
        for (const a of answers) counts[a.decision.answer]++;
        return (
          <section key={location.id} aria-labelledby={`loc-${location.id}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <header className="flex flex-col gap-1 border-b border-slate-100 p-4 sm:flex-row sm:items-baseline sm:justify-between">
              <h2 id={`loc-${location.id}`} className="text-lg font-semibold">
                {location.name} <span className="text-sm font-normal text-muted">({location.state})</span>
              </h2>
              <p className="text-sm text-muted">
                {explicitMoment ? "As of" : "Now:"} {wall.date} {wall.time} {zoneName(location.timeZone, moment)} · {counts.cleared} cleared, {counts.check_first} check first, {counts.not_cleared} not cleared
              </p>
            </header>
            {CATEGORY_ORDER.map((category) => {
              const rows = answers.filter((a) => a.task.category === category);
              if (rows.length === 0) return null;
              return (
                <div key={category} className="px-4 py-3">
                  <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{CATEGORY_LABELS[category]}</h3>
                  <ul className="divide-y divide-slate-100">
                    {rows.map(({ task, decision }) => {
                      const query = new URLSearchParams({ task: task.id, location: location.id, date: wall.date, time: wall.time });
                      return (
                        <li key={task.id} className="flex flex-col gap-1.5 py-2.5 sm:flex-row sm:items-start sm:gap-4">
                          <div className="sm:w-40 sm:shrink-0">
                            <AnswerBadge answer={decision.answer} />
                          </div>
                          <div className="min-w-0 flex-1">
                            <Link href={`/people/${personId}/check?${query}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                              {task.parentId ? <span className="text-muted">↳ </span> : null}
                              {task.name}
                            </Link>
                            {decision.answer !== "cleared" ? <p className="text-sm text-ink/80">{decision.reason}</p> : null}
                            {decision.warnings.map((w) => (
                              <p key={w} className="text-sm text-amber-900">
                                <span aria-hidden="true">! </span>
                                {w}
                              </p>
                            ))}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
