"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * A menu in the header: a <details> that works without JavaScript, closed again after each
 * navigation (the header stays mounted between pages, so it would otherwise cover the page it
 * opened), by a click elsewhere, and by Escape, which returns focus to its button as a disclosure
 * should.
 */
export function HeaderMenu({ label, className = "", summaryClassName, children }: { label: React.ReactNode; className?: string; summaryClassName: string; children: React.ReactNode }) {
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
    const closeOnClickElsewhere = (event: MouseEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener("keydown", closeOnEscape);
    document.addEventListener("click", closeOnClickElsewhere);
    return () => {
      document.removeEventListener("keydown", closeOnEscape);
      document.removeEventListener("click", closeOnClickElsewhere);
    };
  }, []);
  return (
    <details ref={menu} className={`relative ${className}`}>
      <summary className={`cursor-pointer list-none ${summaryClassName}`}>{label}</summary>
      {children}
    </details>
  );
}
