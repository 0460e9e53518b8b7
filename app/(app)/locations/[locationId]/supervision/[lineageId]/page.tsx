import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrangementForm } from "@/components/arrangement/arrangement-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VersionList } from "@/components/version/version-list";
import { arrangementHistory, listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { listMedicalAssistants } from "@/lib/authorization/data";
import { supervisableTasks } from "@/lib/clearance/facts";
import { describeWindows } from "@/lib/clearance/supervision";
import { listTasks } from "@/lib/task/data";
import { lastDayOf } from "@/lib/time/calendar";
import { wallClock, zoneLabel } from "@/lib/time/zoned";
import { idSchema } from "@/lib/validation/fields";
import { governing, standing } from "@/lib/version/governing";
import { versionStandings } from "@/lib/version/history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supervision.arrangement");
  return { title: t("metaTitle") };
}

export default async function ArrangementPage({ params, searchParams }: { params: Promise<{ locationId: string; lineageId: string }>; searchParams: Promise<{ correct?: string }> }) {
  const { locationId, lineageId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/[lineageId]");
  const id = idSchema.safeParse(lineageId);
  const [history, supervisors, people, tasks] = await Promise.all([id.success ? arrangementHistory(id.data) : [], listSupervisors(location.id), listMedicalAssistants(location.id), listTasks()]);
  const newest = history[0];
  if (!newest || newest.locationId !== location.id) notFound();
  const [t, level] = await Promise.all([getTranslations("supervision.arrangement"), getTranslations("supervision.level")]);
  const now = new Date();
  const today = wallClock(now, location.timeZone).date;
  const versions = [...history].reverse().map((v) => ({ ...v, recordedAt: new Date(v.recordedAt) }));
  const live = standing(versions, now);
  const inForce = governing(versions, today, now);
  const requested = Number((await searchParams).correct);
  const correcting = live.find((v) => v.version === requested);
  const base = correcting ?? inForce ?? live.sort((a, b) => b.version - a.version)[0]!;
  const recorded = (d: Date) => `${wallClock(d, location.timeZone).date} ${wallClock(d, location.timeZone).time}`;
  return (
    <ClientMessages paths={["supervision.form", "supervision.level"]}>
      <PageHeader
        title={t("title", { supervisor: newest.supervisor.name, location: location.name })}
        description={correcting ? t("correcting", { version: correcting.version }) : t("changing", { version: newest.version + 1 })}
      />
      <div className="space-y-5">
        <Card title={correcting ? t("correctVersion", { version: correcting.version }) : t("changeFromDate")}>
          <ArrangementForm
            key={correcting?.version ?? "change"}
            locationId={location.id}
            zoneLabel={zoneLabel(location.timeZone, now)}
            supervisors={supervisors}
            people={people}
            tasks={supervisableTasks(tasks)}
            today={today}
            defaults={{
              lineageId: newest.lineageId,
              version: newest.version,
              corrects: correcting ? String(correcting.version) : "",
              lastDay: correcting?.effectiveTo ? lastDayOf(correcting.effectiveTo) : "",
              supervisorId: base.supervisor.id,
              level: base.level,
              allMedicalAssistants: base.allMedicalAssistants,
              superviseeIds: base.supervisees.map((s) => s.id),
              allClinicalTasks: base.allClinicalTasks,
              taskIds: base.tasks.map((t) => t.id),
              effectiveFrom: correcting ? correcting.effectiveFrom : today,
              windows: base.windows,
            }}
          />
        </Card>
        <Card title={t("versions")}>
          <VersionList
            today={today}
            standings={versionStandings(versions, now)}
            correctHref={(n) => `/locations/${location.id}/supervision/${newest.lineageId}?correct=${n}`}
            versions={versions.map((v) => ({
              id: v.id,
              version: v.version,
              supersedes: v.supersedes,
              effectiveFrom: v.effectiveFrom,
              recorded: recorded(v.recordedAt),
              body: (
                <p className="text-muted">
                  {v.supervisor.name} · {level(v.level)} · {describeWindows(v.windows) || t("noWindows")} · {v.allMedicalAssistants ? t("allMedicalAssistants") : v.supervisees.map((s) => s.name).join(", ") || t("noOne")} ·{" "}
                  {v.allClinicalTasks ? t("allClinicalTasks") : v.tasks.map((task) => task.name).join(", ")}
                  {v.effectiveTo ? ` · ${t("lastDay", { date: lastDayOf(v.effectiveTo) })}` : ""}
                </p>
              ),
            }))}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
