import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { LocationAnswers } from "@/lib/clearance/check";
import { helpersFor, outsideHoursNotice, type HelperGrant } from "@/lib/clearance/overview";
import { summarize } from "@/lib/clearance/summary";
import { wallClock } from "@/lib/time/zoned";
import { AnswerBadge, answerWord } from "./answer-badge";

type Props = { results: LocationAnswers[]; person: { id: string; name: string }; helpers: readonly HelperGrant[] };

/**
 * Tasks down, locations across: the answer at the moment for each, with what is wrong and what to
 * fix, linking to the full breakdown. "Outside supervision hours" is its own badge and said once
 * above, so a qualified MA after hours does not look like a wall of gaps.
 */
export function ClearanceMatrix({ results, person, helpers }: Props) {
  const t = useTranslations("clearances");
  const locale = useLocale();
  const tasks = results[0]?.answers.map((a) => a.task) ?? [];
  const notices = [...new Set(results.map((r) => outsideHoursNotice(r.answers, locale)).filter((n): n is string => n !== null))];
  return (
    <div className="space-y-3">
      {notices.map((n) => (
        <Alert key={n} tone="info" title={n} />
      ))}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("matrix.caption")}</caption>
          <thead className="text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("matrix.task")}
              </th>
              {results.map((r) => (
                <th key={r.location.id} scope="col" className="py-2 pr-4">
                  {r.location.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tasks.map((task) => (
              <tr key={task.id}>
                <th scope="row" className="py-2 pr-4 align-top font-normal">
                  {task.parentId ? <span className="text-muted">↳ </span> : null}
                  {task.name}
                </th>
                {results.map((r) => {
                  const decision = r.answers.find((a) => a.task.id === task.id)?.decision;
                  if (!decision) return <td key={r.location.id} className="py-2 pr-4" />;
                  const wall = wallClock(r.moment, r.location.timeZone);
                  const summary = summarize(decision, { audience: "manager", person: person.name, task: task.name, helpers: helpersFor(helpers, person.id, r.location.id, task), hoursShown: true }, locale);
                  const query = new URLSearchParams({ task: task.id, location: r.location.id, date: wall.date, time: wall.time });
                  return (
                    <td key={r.location.id} className="py-2 pr-4 align-top">
                      <Link href={`/people/${person.id}/check?${query}`} aria-label={t("matrix.cell", { task: task.name, location: r.location.name, answer: answerWord(decision.answer, summary.outsideHours, locale) })}>
                        <AnswerBadge answer={decision.answer} outsideHours={summary.outsideHours} />
                      </Link>
                      {decision.answer !== "cleared" && !summary.outsideHours ? <p className="mt-1 text-xs text-ink/80">{summary.line}</p> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
