import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { lastDayOf } from "@/lib/time/calendar";
import type { VersionStanding } from "@/lib/version/history";
import { shortDate } from "./short-date";

export type ListedVersion = { id: string; version: number; supersedes: number | null; effectiveFrom: string; recorded: string; body: React.ReactNode };

/**
 * A versioned fact's history, newest first: for each version, the time it governs as things stand
 * (valid time), when it was recorded (record time), and whether a correction replaced it. Calendar
 * dates are shown in words ("13 Jan 2025"); `correctHref` offers "Correct this version" for the
 * ones standing.
 */
export function VersionList({ versions, standings, today, correctHref }: { versions: ListedVersion[]; standings: Map<number, VersionStanding>; today: string; correctHref?: (version: number) => string }) {
  const t = useTranslations("versions");
  const locale = useLocale();
  const day = (date: string) => shortDate(date, locale);
  return (
    <ol className="divide-y divide-slate-100">
      {[...versions].reverse().map((v) => {
        const s = standings.get(v.version);
        const governs = s?.governs;
        const now = governs && governs.from <= today && (governs.to === null || today < governs.to);
        const period = governs
          ? governs.to
            ? t("period.governs", { from: day(governs.from), to: day(lastDayOf(governs.to)) })
            : t("period.governsOpen", { from: day(governs.from) })
          : s?.correctedBy
            ? t("period.corrected", { from: day(v.effectiveFrom) })
            : t("period.neverInForce", { from: day(v.effectiveFrom) });
        return (
          <li key={v.id} className="space-y-1 py-3 text-sm">
            <p className="font-medium">
              {t("version", { version: v.version })} {now ? <Badge tone="green">{t("inForce")}</Badge> : null}
              {governs && governs.from > today ? <Badge tone="amber">{t("scheduled")}</Badge> : null}
              {s?.correctedBy ? <Badge>{t("correctedBy", { version: s.correctedBy })}</Badge> : null}{" "}
              <span className="font-normal text-muted">{t("details", { period, hasCorrects: v.supersedes ? "yes" : "no", corrects: v.supersedes ?? 0, recorded: v.recorded })}</span>
            </p>
            {v.body}
            {correctHref && !s?.correctedBy ? (
              <Link href={correctHref(v.version)} className="text-sm font-semibold text-brand-800 underline">
                {t("correct", { version: v.version })}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
