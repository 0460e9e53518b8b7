import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyExportFile } from "@/components/export/verify-export-file";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.verify");
  return { title: t("title") };
}

export default async function VerifyExportPage() {
  await requireScope("report.read", "page /reports/verify");
  const t = await getTranslations("reports.verify");
  return (
    <ClientMessages paths={["reports.export.failed", "reports.export.notFound", "reports.verify"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <VerifyExportFile />
      </Card>
    </ClientMessages>
  );
}
