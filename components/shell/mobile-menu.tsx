"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The phone menu: a <details> that works without JavaScript, closed again after each navigation
 * (the header stays mounted between pages, so it would otherwise cover the page it opened) and by
 * Escape, which returns focus to the Menu button as a disclosure should.
 */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !menu.current?.open) return;
      menu.current.open = false;
      menu.current.querySelector("summary")?.focus();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, []);
  return (
    <details ref={menu} className="relative md:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded-md px-3 text-sm font-medium ring-1 ring-slate-300">Menu</summary>
      {children}
    </details>
  );
}
