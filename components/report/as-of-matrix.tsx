import Link from "next/link";
import { useTranslations } from "next-intl";
import { AnswerBadge } from "@/components/clearance/answer-badge";
import { EmptyState } from "@/components/ui/card";
import { localMoment, type LocationReport } from "@/lib/report/as-of";

/**
 * One location's reconstruction: medical assistants down, tasks across, the engine's answer in each
 * cell, each cell linking to its full breakdown with the evidence ids and rule versions.
 */
export function AsOfMatrix({ report, cellHref, selected }: { report: LocationReport; cellHref: (personId: string, taskId: string) => string; selected?: { personId: string; taskId: string } }) {
  const t = useTranslations("reports");
  const { location, moment, tasks, rows } = report;
  const when = localMoment(moment, location.timeZone);
  const counts = { cleared: 0, check_first: 0, not_cleared: 0 };
  for (const row of rows) for (const a of row.answers) counts[a.decision.answer]++;
  const headingId = `as-of-${location.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-col gap-1 border-b border-slate-100 p-4 sm:flex-row sm:items-baseline sm:justify-between">
        <h2 id={headingId} className="text-lg font-semibold">
          {location.name} <span className="text-sm font-normal text-muted">({location.state})</span>
        </h2>
        <p className="text-sm text-muted">
          {t("matrix.summary", { when, count: rows.length, cleared: counts.cleared, checkFirst: counts.check_first, notCleared: counts.not_cleared })}
        </p>
      </header>
      {rows.length === 0 ? (
        <div className="p-4">
          <EmptyState title={t("noStaff.title")}>{t("noStaff.detail")}</EmptyState>
        </div>
      ) : (
        // `relative` keeps the screen-reader-only text of cells scrolled out of view inside the
        // scroll box; positioned against the page, it would widen the whole page.
        <div role="region" aria-labelledby={headingId} tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("matrix.caption", { location: location.name, when })}</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="sticky left-0 z-10 bg-white px-3 py-2 align-bottom">
                  {t("matrix.medicalAssistant")}
                </th>
                {tasks.map((t) => (
                  <th key={t.id} scope="col" className="min-w-32 px-2 py-2 align-bottom font-medium">
                    {t.parentId ? <span aria-hidden="true">↳ </span> : null}
                    {t.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map(({ person, answers }) => (
                <tr key={person.id}>
                  <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white px-3 py-2 font-medium">
                    {person.name}
                    {person.employeeId ? <span className="block text-xs font-normal text-muted">{person.employeeId}</span> : null}
                  </th>
                  {answers.map((a) => {
                    const current = selected?.personId === person.id && selected.taskId === a.task.id;
                    return (
                      <td key={a.task.id} className={`whitespace-nowrap px-2 py-2 ${current ? "bg-brand-50" : ""}`}>
                        <Link href={cellHref(person.id, a.task.id)} prefetch={false} aria-current={current ? "true" : undefined} title={a.decision.reason} className="inline-block rounded-full">
                          <AnswerBadge answer={a.decision.answer} />
                          <span className="sr-only">
                            {" "}
                            {t("matrix.cellDetails", { person: person.name, task: a.task.name })}
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
