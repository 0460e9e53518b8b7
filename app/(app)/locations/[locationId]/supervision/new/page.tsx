import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArrangementForm } from "@/components/arrangement/arrangement-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { listMedicalAssistants } from "@/lib/authorization/data";
import { listTasks } from "@/lib/task/data";
import { supervisableTasks } from "@/lib/clearance/facts";
import { wallClock, zoneLabel } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supervision.new");
  return { title: t("metaTitle") };
}

export default async function NewArrangementPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/new");
  const [supervisors, people, tasks] = await Promise.all([listSupervisors(location.id), listMedicalAssistants(location.id), listTasks()]);
  const t = await getTranslations("supervision.new");
  const now = new Date();
  return (
    <ClientMessages paths={["supervision.form", "supervision.level"]}>
      <PageHeader title={t("title", { location: location.name })} />
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
    </ClientMessages>
  );
}
