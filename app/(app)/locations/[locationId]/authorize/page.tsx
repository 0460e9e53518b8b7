import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GrantForm } from "@/components/authorization/grant-form";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { heldAuthorizations, listMedicalAssistants } from "@/lib/authorization/data";
import { getLocations } from "@/lib/location/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";
import { idSchema } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("locations.authorize");
  return { title: t("metaTitle") };
}

export default async function BulkAuthorizePage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const id = idSchema.safeParse(locationId);
  const [location] = id.success ? await getLocations([id.data]) : [];
  await requirePage("authorization.manage", location ? { kind: "location", locationId: location.id } : null, "page /locations/[locationId]/authorize");
  if (!location) notFound();
  const t = await getTranslations("locations.authorize");
  const today = wallClock(new Date(), location.timeZone).date;
  const [people, tasks] = await Promise.all([listMedicalAssistants(location.id), listTasks()]);
  const held = await heldAuthorizations([{ id: location.id, today }], people.map((p) => p.id));
  return (
    <ClientMessages paths={["people.grant"]}>
      <PageHeader title={t("title", { location: location.name })} description={t("description")} />
      <Card>
        {people.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <GrantForm locations={[{ id: location.id, name: location.name, today }]} people={people} tasks={tasks} held={held} backHref={`/locations/${location.id}`} />
        )}
      </Card>
      <div className="mt-4">
        <VerifyNotice />
      </div>
    </ClientMessages>
  );
}
