import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ExceptionForm } from "@/components/exception/exception-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AbsencePreviewView } from "@/components/what-if/absence-preview";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { intervalOf } from "@/lib/exception/interval";
import { exceptionSchema } from "@/lib/exception/schema";
import { localizeFields } from "@/lib/i18n/localize";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { wallClock, zoneName } from "@/lib/time/zoned";
import { exceptionWhatIf } from "@/lib/what-if/data";
import { MAX_WHAT_IF_DAYS } from "@/lib/what-if/limits";
import { absenceQuerySchema } from "@/lib/what-if/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("whatIf.page");
  return { title: t("metaTitle") };
}

/**
 * Before a provider's absence is saved: every MA, task and time window that would stop being
 * cleared, and who else could cover. The same form saves it, with what was shown audited with it.
 */
export default async function WhatIfPage({ params, searchParams }: { params: Promise<{ locationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/what-if");
  const [t, locale] = await Promise.all([getTranslations("whatIf.page"), getLocale()]);
  const now = new Date();
  const query = absenceQuerySchema.safeParse(await searchParams);
  const q = query.success ? query.data : {};
  const supervisors = await listSupervisors(location.id);
  const kind = q.kind ?? "absence";
  const asked = Boolean(q.providerId || q.fromDate);
  const parsed = asked ? exceptionSchema.safeParse({ ...q, locationId: location.id, kind, providerId: kind === "closure" ? "" : q.providerId, reason: q.reason || t("plannedReason", { kind }) }) : null;
  let errors: Record<string, string> = parsed && !parsed.success ? localizeFields(zodFieldErrors(parsed.error), locale) : {};
  let preview = null;
  if (parsed?.success) {
    const interval = intervalOf(parsed.data, location.timeZone, locale);
    if (!interval.ok) errors = { [interval.field]: interval.message };
    else if (interval.interval.endsAt.getTime() - interval.interval.startsAt.getTime() > MAX_WHAT_IF_DAYS * 86_400_000) errors = { toDate: t("tooLong", { days: MAX_WHAT_IF_DAYS }) };
    else if (kind === "absence" && !supervisors.some((s) => s.id === parsed.data.providerId)) errors = { providerId: t("notHere") };
    else preview = await exceptionWhatIf(location.id, kind === "absence" ? parsed.data.providerId : null, interval.interval, parsed.data.reason, now);
  }
  const today = wallClock(now, location.timeZone).date;
  return (
    <ClientMessages paths={["exceptions.form", "supervision.level"]}>
      <PageHeader title={t("title", { location: location.name })} description={t("description")} />
      <div className="space-y-5">
        {Object.keys(errors).length > 0 ? <Alert tone="error" title={t("failed")} /> : null}
        {preview ? <AbsencePreviewView preview={preview} /> : null}
        <Card title={preview ? t("save", { kind }) : t("form")}>
          <ExceptionForm
            key={JSON.stringify(q)}
            locationId={location.id}
            providers={supervisors.map((s) => ({ id: s.id, name: `${s.name} (${s.providerType})` }))}
            zoneLabel={zoneName(location.timeZone, now)}
            defaults={{ kind, providerId: q.providerId ?? "", span: q.span ?? "days", fromDate: q.fromDate ?? today, toDate: q.toDate ?? "", startTime: q.startTime ?? "", endTime: q.endTime ?? "", level: "", reason: q.reason ?? "" }}
            errors={errors}
            fromPreview={Boolean(preview)}
            backHref={`/locations/${location.id}/supervision`}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
