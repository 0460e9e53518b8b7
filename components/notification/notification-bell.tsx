import Link from "next/link";
import { useTranslations } from "next-intl";

/** The header's way to the notifications, with the unread count in its name for screen readers. */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("notifications");
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      aria-label={t("bell.label", { count: unread })}
      className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-md text-ink hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold leading-5 text-white">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
