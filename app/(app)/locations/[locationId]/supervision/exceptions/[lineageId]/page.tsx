import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CancelException } from "@/components/exception/cancel-exception";
import { ExceptionForm } from "@/components/exception/exception-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireLocation } from "@/lib/auth/guard";
import { formatMinute } from "@/lib/clearance/supervision";
import { exceptionHistory } from "@/lib/exception/data";
import { describeException } from "@/lib/exception/wording";
import { idSchema } from "@/lib/validation/fields";
import { wallClock, zoneName } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exceptions.page");
  return { title: t("metaTitle") };
}

/** One exception: correct it (a new version) or cancel it, and every version it had. */
export default async function ExceptionPage({ params }: { params: Promise<{ locationId: string; lineageId: string }> }) {
  const { locationId, lineageId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/exceptions/[lineageId]");
  const history = idSchema.safeParse(lineageId).success ? await exceptionHistory(lineageId) : [];
  const current = history[0];
  if (!current || current.locationId !== location.id) notFound();
  const [t, locale] = await Promise.all([getTranslations("exceptions.page"), getLocale()]);
  const now = new Date();
  const zone = location.timeZone;
  const listed = { ...current, timeZone: zone };
  const start = wallClock(current.startsAt, zone);
  const lastMoment = wallClock(new Date(current.endsAt.getTime() - 1), zone);
  const end = wallClock(current.endsAt, zone);
  return (
    <ClientMessages paths={["exceptions.cancel", "exceptions.form", "supervision.level"]}>
      <PageHeader title={describeException(listed, locale)} description={current.cancelled ? t("cancelled") : t("standing")} />
      <div className="space-y-5">
        {!current.cancelled ? (
          <Card title={t("correct")} actions={<CancelException exception={{ ...current, fromDate: start.date }} own={false} description={describeException(listed, locale)} />}>
            <ExceptionForm
              locationId={location.id}
              providers={[]}
              zoneLabel={zoneName(zone, now)}
              defaults={{
                lineageId: current.lineageId,
                version: current.version,
                kind: current.kind,
                providerId: current.providerId ?? "",
                span: current.allDay ? "days" : "hours",
                fromDate: start.date,
                toDate: current.allDay ? (lastMoment.date === start.date ? "" : lastMoment.date) : end.date === start.date || end.time === "00:00" ? "" : end.date,
                startTime: current.allDay ? "" : start.time,
                endTime: current.allDay ? "" : end.time === "00:00" ? "24:00" : formatMinute(end.minute),
                level: current.level ?? "",
                reason: current.reason,
              }}
              backHref={`/locations/${location.id}/supervision`}
            />
          </Card>
        ) : null}
        <Card title={t("versions")}>
          <ol className="divide-y divide-slate-100 text-sm">
            {history.map((v) => (
              <li key={v.version} className="flex flex-wrap items-center gap-2 py-2">
                <span className="font-medium">{t("version", { version: v.version })}</span>
                {v.cancelled ? <Badge tone="red">{t("cancelledBadge")}</Badge> : null}
                <span>{describeException({ ...v, timeZone: zone }, locale)}</span>
                <span className="text-muted">{t("recorded", { date: wallClock(v.recordedAt, zone).date, time: wallClock(v.recordedAt, zone).time })}</span>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </ClientMessages>
  );
}
