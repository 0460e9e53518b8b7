import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { concerns } from "@/components/notification/labels";
import { PreferencesForm } from "@/components/notification/preferences-form";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/access/policy";
import { requireActor } from "@/lib/auth/guard";
import { preferencesOf } from "@/lib/notification/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("settings.metaTitle") };
}

export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const t = await getTranslations("notifications");
  const forKinds = concerns(actor);
  const rows = (await preferencesOf(actor.userId)).flatMap(({ kind, cadence }) => {
    const concern = forKinds[kind];
    return concern ? [{ kind, cadence, concerns: t(`concerns.${concern}`) }] : [];
  });
  return (
    <ClientMessages paths={["notifications.cadence", "notifications.kind", "notifications.settings"]}>
      <PageHeader title={t("settings.title")} description={actor.email} />
      <Card title={t("settings.card")}>
        <p className="mb-5 max-w-2xl text-sm text-muted">
          {t.rich("settings.intro", {
            link: (chunks) => (
              <Link href="/notifications" className="text-brand-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {rows.length === 0 ? (
          <EmptyState title={t("settings.emptyTitle")}>{t("settings.emptyBody")}</EmptyState>
        ) : (
          <PreferencesForm rows={rows} ownExpiryLocked={hasRole(actor, "medical_assistant")} />
        )}
      </Card>
    </ClientMessages>
  );
}
