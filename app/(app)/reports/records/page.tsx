import type { Metadata } from "next";
import Link from "next/link";
import { RecordsExportForm } from "@/components/export/records-export-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listPeople } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { zoneLabel } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Competency records export" };

export default async function RecordsExportPage() {
  const { scope } = await requireScope("report.read", "page /reports/records");
  const [locations, people, tasks, settings] = await Promise.all([listLocations(scope), listPeople(scope), listTasks({ includeRetired: true }), organizationSettings()]);
  return (
    <>
      <PageHeader
        title="Competency records export"
        description={
          <>
            Training, competency and certification records with their validators and evidence hashes. Each export is recorded in the audit trail with the SHA-256 of the file; anyone can later{" "}
            <Link href="/reports/verify" className="font-medium text-brand-800 underline">
              check a file
            </Link>{" "}
            against it.
          </>
        }
      />
      <Card>
        <RecordsExportForm
          locations={locations.map((l) => ({ id: l.id, name: l.name }))}
          people={people.filter((p) => p.isMedicalAssistant).map((p) => ({ id: p.id, name: p.name }))}
          tasks={tasks}
          zoneLabel={zoneLabel(settings.timeZone, new Date())}
        />
      </Card>
    </>
  );
}
