import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { NotificationBell } from "@/components/notification/notification-bell";
import type { Actor } from "@/lib/access/policy";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { BrandMark } from "./brand-mark";
import { HeaderMenu } from "./header-menu";
import { MobileMenu } from "./mobile-menu";
import { NavigationProgress } from "./navigation-progress";
import { navEntries, navItemsFor, type NavItem } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

/** The actor's roles by their short names ("Validator", not "Competency validator"), once each. */
export function roleSummary(actor: Actor, locale: Locale): string {
  const t = translatorFor(locale, "shell");
  return [...new Set(actor.grants.map((g) => t(`role.${g.role}`)))].join(", ");
}

const LINK = "block min-h-11 whitespace-nowrap rounded-md px-3 py-2.5 text-sm font-medium hover:bg-brand-50 xl:px-2.5 xl:py-2";

/**
 * Header and navigation; below 1280 px the links fold into a menu that works without JavaScript,
 * and on a wide screen the administration pages share one menu, so the row never wraps. The bell
 * stays outside the menu, so the unread count shows on every screen size.
 */
export function AppHeader({ actor, unread }: { actor: Actor; unread: number }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const items = navItemsFor(actor, locale);
  const roles = roleSummary(actor, locale);
  const link = (item: NavItem) => (
    <li key={item.href}>
      <Link href={item.href} className={LINK}>
        {item.label}
      </Link>
    </li>
  );
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <Link href="/" aria-label={t("home")} className="shrink-0">
          <BrandMark />
        </Link>
        <nav aria-label={t("mainNav")} className="hidden flex-1 xl:block">
          <ul className="flex items-center gap-1">
            {navEntries(items, locale).map((entry) =>
              entry.kind === "link" ? (
                link(entry.item)
              ) : (
                <li key={entry.label}>
                  <HeaderMenu
                    summaryClassName={LINK}
                    label={
                      <>
                        <span>{entry.label}</span> <span aria-hidden="true">▾</span>
                      </>
                    }
                  >
                    <ul className="absolute left-0 z-20 mt-1 w-52 rounded-md border border-slate-200 bg-white p-1 shadow-lg">{entry.items.map(link)}</ul>
                  </HeaderMenu>
                </li>
              ),
            )}
          </ul>
        </nav>
        <div className="ml-auto xl:ml-0">
          <NotificationBell unread={unread} />
        </div>
        <div className="hidden shrink-0 items-center gap-2 xl:flex">
          <span className="text-right text-xs leading-tight text-muted">
            <span className="block font-medium text-ink">{actor.name}</span>
            {roles}
          </span>
          <SignOutButton />
        </div>
        <MobileMenu>
          <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
            <p className="px-3 py-2 text-xs text-muted">
              <span className="block font-medium text-ink">{actor.name}</span>
              {roles}
            </p>
            <nav aria-label={t("mainNavMobile")}>
              <ul>{items.map(link)}</ul>
            </nav>
            <SignOutButton />
          </div>
        </MobileMenu>
      </div>
    </header>
  );
}
