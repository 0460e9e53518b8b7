import { buttonClass } from "@/components/ui/button";

/**
 * A plain link to a CSV route: never a Next.js <Link>, whose prefetching would run (and audit) the
 * export without anyone asking for it.
 */
export function DownloadLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} download className={buttonClass("secondary")}>
      {children}
    </a>
  );
}
