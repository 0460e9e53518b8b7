import Link from "next/link";
import { useTranslations } from "next-intl";
import { AnswerBadge } from "@/components/clearance/answer-badge";
import { EmptyState } from "@/components/ui/card";
import type { WhoCan } from "@/lib/report/as-of";

/** Every medical assistant with their answer and the reasons, cleared first. */
export function WhoCanList({ rows, caption, checkHref }: { rows: WhoCan[]; caption: string; checkHref: (personId: string) => string }) {
  const t = useTranslations("reports");
  if (rows.length === 0) return <EmptyState title={t("noStaff.title")}>{t("noStaff.detail")}</EmptyState>;
  return (
    <div role="region" aria-label={t("whoCan.region")} tabIndex={0} className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("whoCan.medicalAssistant")}</th>
            <th scope="col" className="py-2 pr-4">{t("whoCan.answer")}</th>
            <th scope="col" className="py-2 pr-4">{t("whoCan.reasons")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ person, answer }) => {
            const open = answer.decision.factors.filter((f) => f.status !== "met" && f.sentence !== answer.decision.reason);
            return (
              <tr key={person.id} className="align-top">
                <th scope="row" className="py-2.5 pr-4 font-medium">
                  <Link href={checkHref(person.id)} prefetch={false} className="text-brand-800 underline-offset-2 hover:underline">
                    {person.name}
                  </Link>
                  {person.employeeId ? <span className="block text-xs font-normal text-muted">{person.employeeId}</span> : null}
                </th>
                <td className="whitespace-nowrap py-2.5 pr-4">
                  <AnswerBadge answer={answer.decision.answer} />
                </td>
                <td className="py-2.5 pr-4">
                  <p>{answer.decision.reason}</p>
                  {open.length > 0 ? (
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
                      {open.map((f) => (
                        <li key={f.key}>{f.sentence}</li>
                      ))}
                    </ul>
                  ) : null}
                  {answer.rule ? <p className="mt-1 text-xs text-muted">{t("whoCan.rule", { citation: answer.rule.citation, version: answer.rule.version })}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
