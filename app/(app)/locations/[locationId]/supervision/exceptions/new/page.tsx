import type { Metadata } from "next";
import { ExceptionForm } from "@/components/exception/exception-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { wallClock, zoneName } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "New exception to the plan" };

export default async function NewExceptionPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/exceptions/new");
  const supervisors = await listSupervisors(location.id);
  const now = new Date();
  return (
    <>
      <PageHeader title={`Exception to the plan at ${location.name}`} description="A provider away (vacation, sick, a few hours), a provider covering an extra session, or the location closed. Answers for that time follow it." />
      <Card>
        <ExceptionForm
          locationId={location.id}
          providers={supervisors.map((s) => ({ id: s.id, name: `${s.name} (${s.providerType})` }))}
          zoneLabel={zoneName(location.timeZone, now)}
          defaults={{ kind: "absence", providerId: "", span: "days", fromDate: wallClock(now, location.timeZone).date, toDate: "", startTime: "", endTime: "", level: "", reason: "" }}
          backHref={`/locations/${location.id}/supervision`}
        />
      </Card>
    </>
  );
}
