import { Alert } from "@/components/ui/alert";
import type { ReferenceImpact } from "@/lib/what-if/reference";

/** Who would gain and lose which tasks where, if a rule or policy version were saved: shown before saving. */
export function ImpactView({ impact }: { impact: ReferenceImpact }) {
  const headline =
    impact.gains + impact.losses === 0
      ? `No medical assistant's answers change at the ${impact.locations} location${impact.locations === 1 ? "" : "s"} it applies to, over the ${impact.days} days from ${impact.from}.`
      : `Over the ${impact.days} days from ${impact.from}: ${impact.losses} would lose a task, ${impact.gains} would gain one.`;
  return (
    <section aria-label="What this version would change" className="space-y-3">
      <Alert tone={impact.losses > 0 ? "warning" : "info"} title={headline}>
        Nothing is saved yet. The same engine that answers medical assistants decided every one of them, every stretch of those days, with and without this version; where check-ins are required, providers are assumed to check in as planned.
      </Alert>
      {impact.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3 font-medium">Change</th>
                <th scope="col" className="py-2 pr-3 font-medium">Medical assistant</th>
                <th scope="col" className="py-2 pr-3 font-medium">Task</th>
                <th scope="col" className="py-2 pr-3 font-medium">Location</th>
                <th scope="col" className="py-2 pr-3 font-medium">First window</th>
                <th scope="col" className="py-2 font-medium">Answer with this version</th>
              </tr>
            </thead>
            <tbody>
              {impact.rows.map((r) => (
                <tr key={`${r.change}-${r.location}-${r.person}-${r.task}`} className="border-b border-slate-100 align-top">
                  <td className={`py-2 pr-3 font-medium ${r.change === "loses" ? "text-red-800" : "text-emerald-800"}`}>{r.change === "loses" ? "Loses" : "Gains"}</td>
                  <td className="py-2 pr-3">{r.person}</td>
                  <td className="py-2 pr-3">{r.task}</td>
                  <td className="py-2 pr-3">{r.location}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    {r.first}
                    {r.windows > 1 ? ` (+${r.windows - 1} more)` : ""}
                  </td>
                  <td className="py-2 text-muted">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {impact.truncated ? <p className="mt-2 text-sm text-muted">Showing the first {impact.rows.length} changes.</p> : null}
        </div>
      ) : null}
    </section>
  );
}
