import { useLocale, useTranslations } from "next-intl";
import { Badge, EmptyState } from "@/components/ui/card";
import type { NoticeView } from "@/lib/notification/data";
import { noticeDate } from "@/lib/notification/wording";
import { wallClock } from "@/lib/time/zoned";

/**
 * The user's notices, unread first. Each title opens the notice through a plain link (not a
 * prefetching <Link>: following it marks the notice read, so it must only happen when clicked).
 * Titles and details are in the language the notice was written in for this user.
 */
export function NoticeList({ notices, timeZone }: { notices: NoticeView[]; timeZone: string }) {
  const t = useTranslations("notifications");
  const locale = useLocale();
  if (notices.length === 0) {
    return <EmptyState title={t("list.emptyTitle")}>{t("list.emptyBody")}</EmptyState>;
  }
  return (
    <ul className="divide-y divide-slate-100">
      {notices.map((n) => {
        const wall = wallClock(n.createdAt, timeZone);
        return (
          <li key={n.id} className={`-mx-2 rounded-md px-2 py-3 ${n.readAt ? "" : "bg-brand-50"}`}>
            <div className="flex flex-wrap items-start gap-2">
              <a href={`/notifications/${n.id}/open`} className={`min-w-0 flex-1 text-brand-800 underline-offset-2 hover:underline ${n.readAt ? "font-medium" : "font-semibold"}`}>
                {n.title}
              </a>
              {n.readAt ? null : <Badge tone="blue">{t("list.unread")}</Badge>}
            </div>
            <p className="mt-1 text-sm">{n.detail}</p>
            <p className="mt-1 text-xs text-muted">
              {t(`kind.${n.kind}.label`)} ·{" "}
              <time dateTime={n.createdAt.toISOString()}>
                {noticeDate(wall.date, locale)} {wall.time}
              </time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
