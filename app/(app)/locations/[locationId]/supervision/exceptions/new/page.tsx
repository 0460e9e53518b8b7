import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExceptionForm } from "@/components/exception/exception-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSupervisors } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { wallClock, zoneName } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exceptions.new");
  return { title: t("metaTitle") };
}

export default async function NewExceptionPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("arrangement.manage", locationId, "page /locations/[locationId]/supervision/exceptions/new");
  const supervisors = await listSupervisors(location.id);
  const t = await getTranslations("exceptions.new");
  const now = new Date();
  return (
    <ClientMessages paths={["exceptions.form", "supervision.level"]}>
      <PageHeader title={t("title", { location: location.name })} description={t("description")} />
      <Card>
        <ExceptionForm
          locationId={location.id}
          providers={supervisors.map((s) => ({ id: s.id, name: `${s.name} (${s.providerType})` }))}
          zoneLabel={zoneName(location.timeZone, now)}
          defaults={{ kind: "absence", providerId: "", span: "days", fromDate: wallClock(now, location.timeZone).date, toDate: "", startTime: "", endTime: "", level: "", reason: "" }}
          backHref={`/locations/${location.id}/supervision`}
        />
      </Card>
    </ClientMessages>
  );
}
