"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

// Shown only for a navigation that takes longer than a moment, so quick ones do not flicker.
const SHOW_AFTER_MS = 150;
// A navigation that never lands (a download, a cancelled request) must not leave the bar up.
const GIVE_UP_AFTER_MS = 20_000;

/** Whether a click on this link starts an in-app navigation to another page. */
function startsNavigation(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self")) return false;
  const to = new URL(anchor.href, window.location.href);
  const here = new URL(window.location.href);
  return to.origin === here.origin && !to.pathname.startsWith("/api/") && (to.pathname !== here.pathname || to.search !== here.search);
}

/**
 * A bar at the top of the window, and a status announced to screen readers, while the next page
 * loads. The app has no route-level loading.tsx on purpose: a page that streams behind a loading
 * boundary starts with status 200, so a page it may not show could no longer answer 404.
 */
export function NavigationProgress() {
  const t = useTranslations("shell");
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  // The page a navigation left; the bar shows while it is still the page on screen.
  const [leaving, setLeaving] = useState<string | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  useEffect(() => {
    const clear = () => {
      timers.current.forEach(clearTimeout);
      timers.current = [];
    };
    const onClick = (event: MouseEvent) => {
      if (!startsNavigation(event)) return;
      clear();
      const from = `${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`;
      timers.current = [setTimeout(() => setLeaving(from), SHOW_AFTER_MS), setTimeout(() => setLeaving(null), GIVE_UP_AFTER_MS)];
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clear();
    };
  }, []);

  const loading = leaving === here;
  return (
    <>
      {loading ? <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-brand-700" /> : null}
      <p role="status" className="sr-only">
        {loading ? t("loadingPage") : ""}
      </p>
    </>
  );
}
