import Link from "next/link";
import { AnswerBadge } from "@/components/clearance/answer-badge";
import { EmptyState } from "@/components/ui/card";
import type { DecisionRow } from "@/lib/decision/rows";
import { localMoment } from "@/lib/report/as-of";
import { SOURCE_LABELS } from "./labels";

/** Logged decisions, newest first; times on each decision's location clock. */
export function DecisionTable({ rows }: { rows: DecisionRow[] }) {
  if (rows.length === 0) return <EmptyState title="No decisions match these filters.">Decisions are logged when someone checks a task, opens their clearances, or calls the API.</EmptyState>;
  return (
    <div role="region" aria-label="Decision log" tabIndex={0} className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Decisions the system gave, newest first</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">Asked</th>
            <th scope="col" className="py-2 pr-4">Person</th>
            <th scope="col" className="py-2 pr-4">Task</th>
            <th scope="col" className="py-2 pr-4">Location and moment</th>
            <th scope="col" className="py-2 pr-4">Answer</th>
            <th scope="col" className="py-2 pr-4">Asked by</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.seq} className="align-top">
              <td className="py-2 pr-4">
                <Link href={`/reports/decisions/${r.seq}`} prefetch={false} className="block font-medium text-brand-800 underline-offset-2 hover:underline">
                  <span className="sr-only">Decision {r.seq}, asked </span>
                  {localMoment(r.askedAt, r.timeZone)}
                </Link>
              </td>
              <td className="py-2 pr-4">{r.personName}</td>
              <td className="py-2 pr-4">{r.taskName}</td>
              <td className="py-2 pr-4">
                {r.locationName}
                <span className="block text-xs text-muted">{localMoment(r.moment, r.timeZone)}</span>
              </td>
              <td className="whitespace-nowrap py-2 pr-4">
                <AnswerBadge answer={r.answer} />
              </td>
              <td className="py-2 pr-4">
                {r.askedByLabel}
                <span className="block text-xs text-muted">{SOURCE_LABELS[r.source]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
