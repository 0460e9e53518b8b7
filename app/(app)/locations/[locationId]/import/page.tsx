import type { Metadata } from "next";
import { ImportPanel } from "@/components/import/import-panel";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireLocation } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Import from spreadsheets" };

export default async function ImportPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("import.run", locationId, "page /locations/[locationId]/import");
  return (
    <>
      <PageHeader title={`Import into ${location.name}`} description="Check a file first: nothing is written until you import, and every imported row is in the audit trail." />
      <div className="space-y-5">
        <Card>
          <ImportPanel kind="people" locationId={location.id} title="People" template="/templates/people.csv" />
        </Card>
        <Card>
          <ImportPanel kind="training" locationId={location.id} title="Training and certification records" template="/templates/training-records.csv" />
        </Card>
      </div>
    </>
  );
}
