import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.home");
  return { title: t("metaTitle") };
}

const SECTIONS = [
  { href: "/admin/tasks", key: "tasks" },
  { href: "/rules", key: "rules" },
  { href: "/admin/policies", key: "policies" },
  { href: "/admin/locations", key: "locations" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/sign-in", key: "signIn" },
] as const;

export default async function AdminPage() {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin");
  const t = await getTranslations("admin.home");
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <Card key={s.href}>
            <Link href={s.href} className="text-base font-semibold text-brand-800 underline-offset-2 hover:underline">
              {t(`sections.${s.key}.title`)}
            </Link>
            <p className="mt-1 text-sm text-muted">{t(`sections.${s.key}.text`)}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
