import Link from "next/link";
import { NotificationBell } from "@/components/notification/notification-bell";
import type { Actor } from "@/lib/access/policy";
import { BrandMark } from "./brand-mark";
import { MobileMenu } from "./mobile-menu";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABELS = { admin: "Admin", manager: "Manager", medical_assistant: "Medical assistant", auditor: "Auditor", validator: "Validator" } as const;

export function roleSummary(actor: Actor): string {
  return [...new Set(actor.grants.map((g) => ROLE_LABELS[g.role]))].join(", ");
}

/**
 * Header and navigation; on a phone the links fold into a menu that works without JavaScript. The
 * bell stays outside the menu, so the unread count shows on every screen size.
 */
export function AppHeader({ actor, unread }: { actor: Actor; unread: number }) {
  const items = navItemsFor(actor);
  const links = items.map((item) => (
    <li key={item.href}>
      <Link href={item.href} className="block min-h-11 rounded-md px-3 py-2.5 text-sm font-medium hover:bg-brand-50 sm:py-2">
        {item.label}
      </Link>
    </li>
  ));
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <Link href="/" aria-label="Cleared home" className="shrink-0">
          <BrandMark />
        </Link>
        <nav aria-label="Main" className="hidden flex-1 md:block">
          <ul className="flex flex-wrap items-center gap-1">{links}</ul>
        </nav>
        <div className="ml-auto md:ml-0">
          <NotificationBell unread={unread} />
        </div>
        <div className="hidden items-center gap-2 md:flex">
          <span className="text-right text-xs leading-tight text-muted">
            <span className="block font-medium text-ink">{actor.name}</span>
            {roleSummary(actor)}
          </span>
          <SignOutButton />
        </div>
        <MobileMenu>
          <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
            <p className="px-3 py-2 text-xs text-muted">
              <span className="block font-medium text-ink">{actor.name}</span>
              {roleSummary(actor)}
            </p>
            <nav aria-label="Main (mobile)">
              <ul>{links}</ul>
            </nav>
            <SignOutButton />
          </div>
        </MobileMenu>
      </div>
    </header>
  );
}
