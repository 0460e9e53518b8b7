import type { Metadata } from "next";
import { VerifyExportFile } from "@/components/export/verify-export-file";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Check an exported file" };

export default async function VerifyExportPage() {
  await requireScope("report.read", "page /reports/verify");
  return (
    <>
      <PageHeader title="Check an exported file" description="Every export's SHA-256 is in the audit trail. A file whose hash matches is byte for byte the file Cleared produced." />
      <Card>
        <VerifyExportFile />
      </Card>
    </>
  );
}
