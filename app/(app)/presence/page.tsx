import type { Metadata } from "next";
import { ExceptionForm } from "@/components/exception/exception-form";
import { ExceptionList } from "@/components/exception/exception-list";
import { PresenceButton } from "@/components/presence/presence-button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { standingExceptions } from "@/lib/exception/data";
import { presenceLocations } from "@/lib/presence/data";
import { wallClock, zoneName } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "On site" };

const AHEAD_MS = 120 * 86_400_000;

/** A provider's own page: say "I'm on site" or "I'm leaving" in one tap, and record their own absences. */
export default async function PresencePage() {
  const actor = await requirePage("presence.report", { kind: "self" }, "page /presence");
  const now = new Date();
  const { provider, locations } = await presenceLocations(actor.personId, now);
  if (!provider) {
    return (
      <>
        <PageHeader title="On site" />
        <EmptyState title="Only providers check in.">You are not on record as a provider. Your manager records providers and their absences.</EmptyState>
      </>
    );
  }
  const absences = (await Promise.all(locations.map(async (l) => (await standingExceptions(l.id, now, new Date(now.getTime() + AHEAD_MS))).filter((e) => e.kind === "absence" && e.providerId === actor.personId).map((e) => ({ ...e, locationId: l.id, locationName: l.name, timeZone: l.timeZone }))))).flat();
  const zone = locations[0]?.timeZone ?? "UTC";
  return (
    <>
      <PageHeader title="On site" description="Tell Cleared when you are here: where a location requires it, tasks that need you on site are cleared only while you are checked in." />
      <div className="space-y-5">
        {locations.length === 0 ? <EmptyState title="You do not work at any location today.">Check-ins are for the locations where you work. Ask your manager.</EmptyState> : null}
        {locations.map((l) => {
          const state = checkInState(l.taps, now, l.timeZone);
          return (
            <Card key={l.id} title={l.name} actions={l.requiresCheckIn ? <Badge tone="blue">Check-in required</Badge> : <Badge>Check-in optional</Badge>}>
              <p className="mb-3 text-sm" role="status">
                {state.checkedIn ? `You checked in at ${formatMinute(state.since!)}.` : state.checkedOutAt !== null ? `You checked out at ${formatMinute(state.checkedOutAt)}.` : "You have not checked in today."}{" "}
                <span className="text-muted">
                  ({wallClock(now, l.timeZone).date}, {zoneName(l.timeZone, now)})
                </span>
              </p>
              <PresenceButton locationId={l.id} locationName={l.name} providerId={actor.personId} checkedIn={state.checkedIn} />
            </Card>
          );
        })}
        {locations.length > 0 ? (
          <>
            <Card title="Your absences ahead">
              <ExceptionList exceptions={absences} own={{ id: actor.personId, name: actor.name }} empty="No absences recorded for you." />
            </Card>
            <Card title="Record an absence">
              <ExceptionForm
                locationId={locations.length === 1 ? locations[0]!.id : null}
                locations={locations.map((l) => ({ id: l.id, name: l.name }))}
                providers={[]}
                own={{ id: actor.personId, name: actor.name }}
                zoneLabel={zoneName(zone, now)}
                defaults={{ kind: "absence", providerId: actor.personId, span: "days", fromDate: wallClock(now, zone).date, toDate: "", startTime: "", endTime: "", level: "", reason: "" }}
                backHref="/presence"
              />
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
