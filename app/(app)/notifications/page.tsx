import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MarkAllRead } from "@/components/notification/mark-all-read";
import { NoticeList } from "@/components/notification/notice-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { noticesFor } from "@/lib/notification/data";
import { organizationSettings } from "@/lib/organization/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("page.title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [notices, { timeZone }, t] = await Promise.all([noticesFor(actor.userId), organizationSettings(), getTranslations("notifications")]);
  const unread = notices.filter((n) => !n.readAt).length;
  return (
    <ClientMessages paths={["notifications.list"]}>
      <PageHeader
        title={t("page.title")}
        description={t.rich("page.description", {
          count: unread,
          link: (chunks) => (
            <Link href="/account/notifications" className="text-brand-800 underline">
              {chunks}
            </Link>
          ),
        })}
        actions={unread > 0 ? <MarkAllRead /> : null}
      />
      <Card>
        <NoticeList notices={notices} timeZone={timeZone} />
      </Card>
    </ClientMessages>
  );
}
