import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, EmptyState } from "@/components/ui/card";
import type { ArrangementView } from "@/lib/arrangement/data";
import { describeWindows } from "@/lib/clearance/supervision";
import { lastDayOf } from "@/lib/time/calendar";

/** Supervision arrangements: who supervises whom, for what, at what level, when. */
export function ArrangementList({ arrangements, editable, today }: { arrangements: ArrangementView[]; editable: boolean; today: string }) {
  const t = useTranslations("supervision.list");
  const level = useTranslations("supervision.level");
  if (arrangements.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
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
              <Badge tone="blue">{level(a.level)}</Badge>
              {ended ? <Badge>{t("ended", { date: lastDayOf(a.effectiveTo as string) })}</Badge> : future ? <Badge tone="amber">{t("starts", { date: a.effectiveFrom })}</Badge> : null}
            </div>
            <p className="text-sm text-muted">
              {describeWindows(a.windows) || t("noWindows")} · {a.allMedicalAssistants ? t("allMedicalAssistants") : a.supervisees.map((s) => s.name).join(", ")} ·{" "}
              {a.allClinicalTasks ? t("allClinicalTasks") : a.tasks.map((task) => task.name).join(", ")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
