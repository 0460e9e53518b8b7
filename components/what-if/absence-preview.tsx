import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { describeInterval } from "@/lib/exception/interval";
import type { AbsencePreview } from "@/lib/what-if/data";

/** What an absence would take away, and who could cover: the what-if's result, before anything is saved. */
export function AbsencePreviewView({ preview }: { preview: AbsencePreview }) {
  const { comparison, covers, location, provider, interval } = preview;
  const what = provider ? `${provider.name} is away` : `${location.name} is closed`;
  const window = (w: { from: Date; to: Date }) => describeInterval({ startsAt: w.from, endsAt: w.to, allDay: false }, location.timeZone);
  return (
    <div className="space-y-4">
      {comparison.windows === 0 ? (
        <Alert tone="success" title={`If ${what} ${describeInterval(interval, location.timeZone)}, no medical assistant at ${location.name} loses a clearance.`} />
      ) : (
        <Alert tone="warning" title={`If ${what} ${describeInterval(interval, location.timeZone)}, ${comparison.windows} time window${comparison.windows === 1 ? "" : "s"} would stop being cleared, for ${comparison.people} medical assistant${comparison.people === 1 ? "" : "s"}.`}>
          Nothing is saved yet. Where check-ins are required, this assumes providers check in as planned.
        </Alert>
      )}
      {comparison.changes.length > 0 ? (
        <Card title="Who would lose what, when">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-3 font-medium">Medical assistant</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Task</th>
                  <th scope="col" className="py-2 pr-3 font-medium">No longer cleared</th>
                  <th scope="col" className="py-2 font-medium">Why</th>
                </tr>
              </thead>
              <tbody>
                {comparison.changes.map((c) => (
                  <tr key={`${c.personId}-${c.taskId}`} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">{c.personName}</td>
                    <td className="py-2 pr-3">{c.taskName}</td>
                    <td className="py-2 pr-3 tabular-nums">
                      <ul>
                        {c.windows.map((w) => (
                          <li key={w.from.toISOString()}>{window(w)}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2 text-muted">{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}
      {provider ? (
        <Card title="Who else could cover">
          {covers.length === 0 ? (
            <p className="text-sm text-muted">No other provider of an accepted type works at {location.name} then.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {covers.map((c) => (
                <li key={c.id} className="py-2">
                  <span className="font-medium">
                    {c.name} ({c.providerType})
                  </span>
                  {" · "}
                  {c.schedule ? `planned here ${c.schedule}` : "no weekly plan here: could cover an extra session"}
                  {c.away ? " · also away then" : ""}
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
    </div>
  );
}
