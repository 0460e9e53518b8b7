import type { Metadata } from "next";
import { ArrangementForm } from "@/components/arrangement/arrangement-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { listMedicalAssistants } from "@/lib/authorization/data";
import { listTasks } from "@/lib/task/data";
import { supervisableTasks } from "@/lib/clearance/facts";
import { wallClock, zoneLabel } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "New supervision arrangement" };

export default async function NewArrangementPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/new");
  const [supervisors, people, tasks] = await Promise.all([listSupervisors(location.id), listMedicalAssistants(location.id), listTasks()]);
  const now = new Date();
  return (
    <>
      <PageHeader title={`New supervision at ${location.name}`} />
      <Card>
        <ArrangementForm
          locationId={location.id}
          zoneLabel={zoneLabel(location.timeZone, now)}
          supervisors={supervisors}
          people={people}
          tasks={supervisableTasks(tasks)}
          today={wallClock(now, location.timeZone).date}
        />
      </Card>
    </>
  );
}
