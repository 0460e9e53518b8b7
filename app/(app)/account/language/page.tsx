import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { LanguageForm } from "@/components/user/language-form";
import { requireActor } from "@/lib/auth/guard";
import { browserLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.language");
  return { title: t("metaTitle") };
}

export default async function LanguagePage() {
  const actor = await requireActor();
  const t = await getTranslations("account");
  const browser = browserLocale((await headers()).get("accept-language"));
  return (
    <ClientMessages paths={["account.language"]}>
      <PageHeader title={t("title")} description={actor.email} />
      <Card title={t("language.card")}>
        <p className="mb-5 max-w-2xl text-sm text-muted">{t("language.intro")}</p>
        <LanguageForm chosen={actor.locale ?? null} browser={browser} />
      </Card>
    </ClientMessages>
  );
}
