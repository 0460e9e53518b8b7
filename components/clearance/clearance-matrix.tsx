import Link from "next/link";
import type { LocationAnswers } from "@/lib/clearance/check";
import { AnswerBadge } from "./answer-badge";

/** Tasks down, locations across: the answer now for each, linking to the full breakdown. */
export function ClearanceMatrix({ results, personId }: { results: LocationAnswers[]; personId: string }) {
  const tasks = results[0]?.answers.map((a) => a.task) ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Clearance now, by task and location</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">Task</th>
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
              <th scope="row" className="py-1.5 pr-4 font-normal">
                {task.parentId ? <span className="text-muted">↳ </span> : null}
                {task.name}
              </th>
              {results.map((r) => {
                const decision = r.answers.find((a) => a.task.id === task.id)?.decision;
                return (
                  <td key={r.location.id} className="py-1.5 pr-4">
                    {decision ? (
                      <Link href={`/people/${personId}/check?task=${task.id}&location=${r.location.id}`} title={decision.reason} aria-label={`${task.name} at ${r.location.name}: ${decision.reason}`}>
                        <AnswerBadge answer={decision.answer} />
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
