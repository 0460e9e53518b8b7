import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RecordsExportForm } from "@/components/export/records-export-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listPeople } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { zoneLabel } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.records");
  return { title: t("title") };
}

export default async function RecordsExportPage() {
  const { scope } = await requireScope("report.read", "page /reports/records");
  const [locations, people, tasks, settings, t] = await Promise.all([listLocations(scope), listPeople(scope), listTasks({ includeRetired: true }), organizationSettings(), getTranslations("reports.records")]);
  return (
    <ClientMessages paths={["reports.export"]}>
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          link: (chunks) => (
            <Link href="/reports/verify" className="font-medium text-brand-800 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <Card>
        <RecordsExportForm
          locations={locations.map((l) => ({ id: l.id, name: l.name }))}
          people={people.filter((p) => p.isMedicalAssistant).map((p) => ({ id: p.id, name: p.name }))}
          tasks={tasks}
          zoneLabel={zoneLabel(settings.timeZone, new Date())}
        />
      </Card>
    </ClientMessages>
  );
}
