import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportPanel } from "@/components/import/import-panel";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireLocation } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.page");
  return { title: t("metaTitle") };
}

export default async function ImportPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { location } = await requireLocation("import.run", locationId, "page /locations/[locationId]/import");
  const t = await getTranslations("imports.page");
  return (
    <ClientMessages paths={["imports.panel"]}>
      <PageHeader title={t("title", { location: location.name })} description={t("description")} />
      <div className="space-y-5">
        <Card>
          <ImportPanel kind="people" locationId={location.id} title={t("people")} template="/templates/people.csv" />
        </Card>
        <Card>
          <ImportPanel kind="training" locationId={location.id} title={t("training")} template="/templates/training-records.csv" />
        </Card>
      </div>
    </ClientMessages>
  );
}
