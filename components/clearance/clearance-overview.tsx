import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { LocationAnswers } from "@/lib/clearance/check";
import { helpersFor, mergedWarnings, outsideHoursNotice, type HelperGrant } from "@/lib/clearance/overview";
import { summarize, type Audience } from "@/lib/clearance/summary";
import { warningTasks } from "@/lib/clearance/summary-wording";
import { wallClock } from "@/lib/time/zoned";
import { AnswerBadge } from "./answer-badge";
import { AnswerSummary } from "./answer-summary";
import { CATEGORY_ORDER, categoryLabel } from "./labels";
import { zoneNameIn } from "@/lib/i18n/format";
import { answerDate } from "./when";

type Props = { results: LocationAnswers[]; person: { id: string; name: string }; audience: Audience; helpers: readonly HelperGrant[]; explicitMoment: boolean };

/**
 * Every task at each location, grouped by category, each with its one-line answer. What is the
 * same for many tasks (outside supervision hours, an expiring record) is said once per location.
 */
export function ClearanceOverview({ results, person, audience, helpers, explicitMoment }: Props) {
  const t = useTranslations("clearances");
  const common = useTranslations("common");
  const locale = useLocale();
  return (
    <div className="space-y-6">
      {results.map(({ location, moment, answers }) => {
        const wall = wallClock(moment, location.timeZone);
        const rows = answers.map((a) => ({
          ...a,
          summary: summarize(a.decision, { audience, person: person.name, task: a.task.name, helpers: helpersFor(helpers, person.id, location.id, a.task), hoursShown: true }, locale),
        }));
        const counts = { cleared: 0, not_cleared: 0, check_first: 0, outside: 0 };
        for (const r of rows) {
          if (r.summary.outsideHours) counts.outside++;
          else counts[r.decision.answer]++;
        }
        const hours = outsideHoursNotice(answers, locale);
        const warnings = mergedWarnings(answers);
        return (
          <section key={location.id} aria-labelledby={`loc-${location.id}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <header className="flex flex-col gap-1 border-b border-slate-100 p-4 sm:flex-row sm:items-baseline sm:justify-between">
              <h2 id={`loc-${location.id}`} className="text-lg font-semibold">
                {location.name} <span className="text-sm font-normal text-muted">({location.state})</span>
              </h2>
              <p className="text-sm text-muted">
                {t(explicitMoment ? "asOf" : "now", { date: answerDate(wall.date, locale), time: wall.time, zone: zoneNameIn(location.timeZone, moment, locale) })} · {t(counts.outside > 0 ? "countsOutside" : "counts", counts)}
              </p>
            </header>
            {hours || warnings.length > 0 ? (
              <div className="space-y-2 px-4 pt-3">
                {hours ? <Alert tone="info" title={hours} /> : null}
                {warnings.length > 0 ? (
                  <Alert tone="warning" title={common("expiringSoon")}>
                    <ul className="list-disc space-y-0.5 pl-5">
                      {warnings.map((w) => (
                        <li key={w.text}>
                          {w.text} <span className="text-amber-900/80">{warningTasks(w.tasks, locale)}</span>
                        </li>
                      ))}
                    </ul>
                  </Alert>
                ) : null}
              </div>
            ) : null}
            {CATEGORY_ORDER.map((category) => {
              const inCategory = rows.filter((a) => a.task.category === category);
              if (inCategory.length === 0) return null;
              return (
                <div key={category} className="px-4 py-3">
                  <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{categoryLabel(category, locale)}</h3>
                  <ul className="divide-y divide-slate-100">
                    {inCategory.map(({ task, decision, summary }) => {
                      const query = new URLSearchParams({ task: task.id, location: location.id, date: wall.date, time: wall.time });
                      return (
                        <li key={task.id} className="flex flex-col gap-1.5 py-2.5 sm:flex-row sm:items-start sm:gap-4">
                          <div className="sm:w-40 sm:shrink-0">
                            <AnswerBadge answer={decision.answer} outsideHours={summary.outsideHours} />
                          </div>
                          <div className="min-w-0 flex-1">
                            <Link href={`/people/${person.id}/check?${query}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                              {task.parentId ? <span className="text-muted">↳ </span> : null}
                              {task.name}
                            </Link>
                            {decision.answer !== "cleared" ? <AnswerSummary summary={summary} reason={decision.reason} task={task.name} /> : null}
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
