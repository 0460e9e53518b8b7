import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllRead } from "@/components/notification/mark-all-read";
import { NoticeList } from "@/components/notification/notice-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { noticesFor } from "@/lib/notification/data";
import { organizationSettings } from "@/lib/organization/data";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [notices, { timeZone }] = await Promise.all([noticesFor(actor.userId), organizationSettings()]);
  const unread = notices.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title="Notifications"
        description={
          <>
            {unread === 0 ? "Nothing unread." : `${unread} unread.`} Open one to go to the page that fixes it.{" "}
            <Link href="/account/notifications" className="text-brand-800 underline">
              Choose which emails you get
            </Link>
            .
          </>
        }
        actions={unread > 0 ? <MarkAllRead /> : null}
      />
      <Card>
        <NoticeList notices={notices} timeZone={timeZone} />
      </Card>
    </>
  );
}
