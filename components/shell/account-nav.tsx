"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const PAGES = [
  { href: "/account/password", label: "password" },
  { href: "/account/security", label: "secondFactor" },
  { href: "/account/notifications", label: "notifications" },
  { href: "/account/language", label: "language" },
] as const;

/** The account's pages as tabs; the current one is marked for screen readers too. */
export function AccountNav() {
  const t = useTranslations("shell");
  const pathname = usePathname();
  return (
    <nav aria-label={t("accountNav.label")} className="mb-4 border-b border-slate-200">
      <ul className="flex gap-1">
        {PAGES.map((p) => {
          const current = pathname === p.href;
          return (
            <li key={p.href}>
              <Link
                href={p.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium ${current ? "border-brand-700 text-brand-800" : "border-transparent text-muted hover:text-ink"}`}
              >
                {t(`accountNav.${p.label}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
