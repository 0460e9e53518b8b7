import type { Metadata } from "next";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { CoverageWeek } from "@/components/arrangement/coverage-week";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { weeklyCoverage } from "@/lib/arrangement/coverage";
import { listArrangements } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { wallClock, zoneName } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Supervision" };

export default async function SupervisionPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { actor, location } = await requireLocation("arrangement.read", locationId, "page /locations/[locationId]/supervision");
  const arrangements = await listArrangements([location.id]);
  const now = new Date();
  const today = wallClock(now, location.timeZone).date;
  const current = arrangements.filter((a) => a.inForce && a.allClinicalTasks);
  const week = weeklyCoverage(current.map((a) => ({ supervisorName: a.supervisor.name, level: a.level, windows: a.windows })));
  const editable = can(actor, "arrangement.manage", { kind: "location", locationId: location.id });
  return (
    <>
      <PageHeader
        title={`Supervision at ${location.name}`}
        description="Who supervises whom, when and how closely. A clinical task that needs a supervisor on site is not cleared in a gap."
        actions={editable ? <LinkButton href={`/locations/${location.id}/supervision/new`}>New arrangement</LinkButton> : null}
      />
      <div className="space-y-5">
        <Card title="This week's coverage (arrangements for all clinical tasks)">
          <CoverageWeek week={week} zoneLabel={`${location.timeZone} (${zoneName(location.timeZone, now)})`} />
        </Card>
        <Card title="Arrangements">
          <ArrangementList arrangements={arrangements} editable={editable} today={today} />
        </Card>
      </div>
    </>
  );
}
