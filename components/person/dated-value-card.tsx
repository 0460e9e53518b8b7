import { Badge, Card, EmptyState } from "@/components/ui/card";
import type { DatedValue } from "@/lib/person/data";
import { ChangeDatedDialog, CorrectDatedDialog, type DatedKind } from "./dated-value-dialogs";
import { localMoment } from "./local-moment";

/**
 * A dated value of a person (credential tier, provider type): the value in force today and every
 * version, newest first. Decisions read the versions, so an answer about any moment uses the value
 * in force then. `edit`: the person's version, when the actor may change it.
 */
export function DatedValueCard({
  kind,
  title,
  versions,
  label,
  personId,
  edit,
  today,
  timeZone,
}: {
  kind: DatedKind;
  title: string;
  versions: DatedValue<string | null>[];
  label: (value: string | null) => string;
  personId: string;
  edit: { personVersion: number } | null;
  today: string;
  timeZone: string;
}) {
  const inForce = versions.find((v) => v.inForce);
  return (
    <Card
      title={title}
      actions={edit ? <ChangeDatedDialog kind={kind} personId={personId} personVersion={edit.personVersion} value={inForce?.value ?? (kind === "tier" ? "none" : "")} today={today} /> : null}
    >
      <p className="mb-2 text-sm">
        In force today: <span className="font-semibold">{inForce ? label(inForce.value) : label(null)}</span>
      </p>
      {versions.length === 0 ? (
        <EmptyState title="Nothing on record yet." />
      ) : (
        <ol className="divide-y divide-slate-100" aria-label={`Versions of the ${title.toLowerCase()}`}>
          {versions.map((v) => (
            <li key={v.version} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  Version {v.version}: {label(v.value)} {v.inForce ? <Badge tone="green">In force today</Badge> : null} {v.standing ? null : <Badge>Corrected</Badge>}
                </p>
                <p className="text-muted">
                  From {v.from} · recorded {localMoment(v.recordedAt, timeZone)}
                  {v.supersedes !== null ? ` · corrects version ${v.supersedes}` : ""}
                  {v.reason ? ` · ${v.reason}` : ""}
                </p>
              </div>
              {edit ? <CorrectDatedDialog kind={kind} personId={personId} personVersion={edit.personVersion} version={v.version} standing={v.standing} from={v.from} value={v.value ?? ""} today={today} /> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
