import { Badge, Card, EmptyState } from "@/components/ui/card";
import type { EmploymentPeriod } from "@/lib/person/data";
import { localMoment } from "./local-moment";
import { AddEmploymentDialog, CorrectEmploymentDialog, EndEmploymentDialog } from "./employment-dialogs";

/** What the dialogs need of a period (its history stays on the server). */
const editable = ({ lineageId, version, locationName, from, lastDay }: EmploymentPeriod) => ({ lineageId, version, locationName, from, lastDay });

/**
 * Where and when a person works: each period as it stands (newest first), its versions (corrections,
 * an end) and, where the actor manages the location, the changes. `manageable`: the locations the
 * actor may add a period at (empty: no "Add employment").
 */
export function EmploymentCard({
  personId,
  periods,
  canManage,
  manageable,
  today,
  timeZone,
}: {
  personId: string;
  periods: EmploymentPeriod[];
  canManage: (locationId: string) => boolean;
  manageable: { id: string; name: string }[];
  today: string;
  timeZone: string;
}) {
  return (
    <Card title="Employment" actions={manageable.length > 0 ? <AddEmploymentDialog personId={personId} locations={manageable} today={today} /> : null}>
      {periods.length === 0 ? (
        <EmptyState title="No employment on record at the locations you can see." />
      ) : (
        <ul className="divide-y divide-slate-100">
          {periods.map((p) => (
            <li key={p.lineageId} className="py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium">
                    {p.locationName} {p.current ? <Badge tone="green">Current</Badge> : p.from > today ? <Badge tone="amber">Starts {p.from}</Badge> : <Badge>Ended</Badge>}
                  </p>
                  <p className="text-sm text-muted">
                    First day {p.from} · {p.lastDay ? `last day ${p.lastDay}` : "current, no last day"}
                  </p>
                </div>
                {canManage(p.locationId) ? (
                  <div className="flex flex-wrap gap-2">
                    <EndEmploymentDialog personId={personId} period={editable(p)} today={today} />
                    <CorrectEmploymentDialog personId={personId} period={editable(p)} />
                  </div>
                ) : null}
              </div>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand-800">
                  History ({p.history.length} {p.history.length === 1 ? "version" : "versions"})<span className="sr-only"> of employment at {p.locationName}</span>
                </summary>
                <ol className="mt-1 space-y-0.5 pl-4 text-muted">
                  {p.history.map((h) => (
                    <li key={h.version}>
                      Version {h.version}: {h.from} to {h.lastDay ?? "no last day"} · recorded {localMoment(h.recordedAt, timeZone)}
                      {h.reason ? ` · ${h.reason}` : ""}
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
