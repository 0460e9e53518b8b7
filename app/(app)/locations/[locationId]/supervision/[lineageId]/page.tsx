import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArrangementForm } from "@/components/arrangement/arrangement-form";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { arrangementHistory, listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { listMedicalAssistants } from "@/lib/authorization/data";
import { listTasks } from "@/lib/task/data";
import { supervisableTasks } from "@/lib/clearance/facts";
import { wallClock, zoneLabel } from "@/lib/time/zoned";
import { idSchema } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Supervision arrangement" };

export default async function ArrangementPage({ params }: { params: Promise<{ locationId: string; lineageId: string }> }) {
  const { locationId, lineageId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/[lineageId]");
  const id = idSchema.safeParse(lineageId);
  const [versions, supervisors, people, tasks] = await Promise.all([id.success ? arrangementHistory(id.data) : [], listSupervisors(location.id), listMedicalAssistants(location.id), listTasks()]);
  const current = versions[0];
  if (!current || current.locationId !== location.id) notFound();
  const now = new Date();
  return (
    <>
      <PageHeader title={`${current.supervisor.name}: supervision at ${location.name}`} description={`Version ${current.version}. Saving creates version ${current.version + 1}, applying from its start date.`} />
      <div className="space-y-5">
        <Card title="Edit">
          <ArrangementForm
            locationId={location.id}
            zoneLabel={zoneLabel(location.timeZone, now)}
            supervisors={supervisors}
            people={people}
            tasks={supervisableTasks(tasks)}
            today={wallClock(now, location.timeZone).date}
            defaults={{
              lineageId: current.lineageId,
              version: current.version,
              supervisorId: current.supervisor.id,
              level: current.level,
              allMedicalAssistants: current.allMedicalAssistants,
              superviseeIds: current.supervisees.map((s) => s.id),
              allClinicalTasks: current.allClinicalTasks,
              taskIds: current.tasks.map((t) => t.id),
              effectiveFrom: current.effectiveFrom,
              windows: current.windows,
            }}
          />
        </Card>
        <Card title="Versions">
          <ArrangementList arrangements={versions} timeZone={location.timeZone} editable={false} now={now} />
        </Card>
      </div>
    </>
  );
}
