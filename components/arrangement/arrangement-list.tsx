import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ArrangementView } from "@/lib/arrangement/data";
import { describeWindows, SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import { lastDayOf } from "@/lib/time/calendar";

/** Supervision arrangements: who supervises whom, for what, at what level, when. */
export function ArrangementList({ arrangements, editable, today }: { arrangements: ArrangementView[]; editable: boolean; today: string }) {
  if (arrangements.length === 0) return <EmptyState title="No supervision arrangements.">Clinical tasks that need a supervisor cannot be cleared without one.</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {arrangements.map((a) => {
        const ended = a.effectiveTo !== null && a.effectiveTo <= today;
        const future = a.effectiveFrom > today;
        return (
          <li key={a.id} className="py-3">
            <div className="flex flex-wrap items-center gap-2">
              {editable ? (
                <Link href={`/locations/${a.locationId}/supervision/${a.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {a.supervisor.name} {a.supervisor.providerType ? `(${a.supervisor.providerType})` : ""}
                </Link>
              ) : (
                <span className="font-medium">
                  {a.supervisor.name} {a.supervisor.providerType ? `(${a.supervisor.providerType})` : ""}
                </span>
              )}
              <Badge tone="blue">{SUPERVISION_LABELS[a.level]}</Badge>
              {ended ? <Badge>Ended {lastDayOf(a.effectiveTo as string)}</Badge> : future ? <Badge tone="amber">Starts {a.effectiveFrom}</Badge> : null}
            </div>
            <p className="text-sm text-muted">
              {describeWindows(a.windows) || "No weekly windows"} · {a.allMedicalAssistants ? "all medical assistants" : a.supervisees.map((s) => s.name).join(", ")} ·{" "}
              {a.allClinicalTasks ? "all clinical tasks" : a.tasks.map((t) => t.name).join(", ")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
