import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExceptionForm } from "@/components/exception/exception-form";
import { ExceptionList } from "@/components/exception/exception-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PresenceButton } from "@/components/presence/presence-button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { standingExceptions } from "@/lib/exception/data";
import { presenceLocations } from "@/lib/presence/data";
import { wallClock, zoneName } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("presence");
  return { title: t("title") };
}

const AHEAD_MS = 120 * 86_400_000;

/** A provider's own page: say "I'm on site" or "I'm leaving" in one tap, and record their own absences. */
export default async function PresencePage() {
  const actor = await requirePage("presence.report", { kind: "self" }, "page /presence");
  const t = await getTranslations("presence");
  const now = new Date();
  const { provider, locations } = await presenceLocations(actor.personId, now);
  if (!provider) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("notProvider.title")}>{t("notProvider.body")}</EmptyState>
      </>
    );
  }
  const absences = (await Promise.all(locations.map(async (l) => (await standingExceptions(l.id, now, new Date(now.getTime() + AHEAD_MS))).filter((e) => e.kind === "absence" && e.providerId === actor.personId).map((e) => ({ ...e, locationId: l.id, locationName: l.name, timeZone: l.timeZone }))))).flat();
  const zone = locations[0]?.timeZone ?? "UTC";
  return (
    <ClientMessages paths={["exceptions.cancel", "exceptions.form", "presence.button", "supervision.level"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-5">
        {locations.length === 0 ? <EmptyState title={t("noLocations.title")}>{t("noLocations.body")}</EmptyState> : null}
        {locations.map((l) => {
          const state = checkInState(l.taps, now, l.timeZone);
          return (
            <Card key={l.id} title={l.name} actions={l.requiresCheckIn ? <Badge tone="blue">{t("checkInRequired")}</Badge> : <Badge>{t("checkInOptional")}</Badge>}>
              <p className="mb-3 text-sm" role="status">
                {state.checkedIn ? t("checkedInAt", { time: formatMinute(state.since!) }) : state.checkedOutAt !== null ? t("checkedOutAt", { time: formatMinute(state.checkedOutAt) }) : t("notCheckedIn")}{" "}
                <span className="text-muted">{t("today", { date: wallClock(now, l.timeZone).date, zone: zoneName(l.timeZone, now) })}</span>
              </p>
              <PresenceButton locationId={l.id} locationName={l.name} providerId={actor.personId} checkedIn={state.checkedIn} />
            </Card>
          );
        })}
        {locations.length > 0 ? (
          <>
            <Card title={t("absencesAhead")}>
              <ExceptionList exceptions={absences} own={{ id: actor.personId, name: actor.name }} empty={t("noAbsences")} />
            </Card>
            <Card title={t("recordAbsence")}>
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
    </ClientMessages>
  );
}
