import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.home");
  return { title: t("title") };
}

const REPORTS = [
  { href: "/reports/records", key: "records" },
  { href: "/reports/as-of", key: "asOf" },
  { href: "/reports/who-can", key: "whoCan" },
  { href: "/reports/decisions", key: "decisions" },
  { href: "/reports/verify", key: "verify" },
] as const;

export default async function ReportsPage() {
  await requireScope("report.read", "page /reports");
  const t = await getTranslations("reports.home");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {REPORTS.map((r) => (
          <li key={r.href}>
            <Card className="h-full">
              {/* Report pages record who viewed them; a prefetch is not a view. */}
              <Link href={r.href} prefetch={false} className="text-lg font-semibold text-brand-800 underline-offset-2 hover:underline">
                {t(`${r.key}.title`)}
              </Link>
              <p className="mt-1 text-sm text-muted">{t(`${r.key}.text`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
