import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { lastDayOf, readableDate } from "@/lib/time/calendar";
import type { VersionStanding } from "@/lib/version/history";

export type ListedVersion = { id: string; version: number; supersedes: number | null; effectiveFrom: string; recorded: string; body: React.ReactNode };

const day = (date: string) => readableDate(date) ?? date;

/**
 * A versioned fact's history, newest first: for each version, the time it governs as things stand
 * (valid time), when it was recorded (record time), and whether a correction replaced it. Calendar
 * dates are shown in words ("13 Jan 2025"); `correctHref` offers "Correct this version" for the
 * ones standing.
 */
export function VersionList({ versions, standings, today, correctHref }: { versions: ListedVersion[]; standings: Map<number, VersionStanding>; today: string; correctHref?: (version: number) => string }) {
  return (
    <ol className="divide-y divide-slate-100">
      {[...versions].reverse().map((v) => {
        const s = standings.get(v.version);
        const governs = s?.governs;
        const now = governs && governs.from <= today && (governs.to === null || today < governs.to);
        return (
          <li key={v.id} className="space-y-1 py-3 text-sm">
            <p className="font-medium">
              Version {v.version} {now ? <Badge tone="green">In force today</Badge> : null}
              {governs && governs.from > today ? <Badge tone="amber">Scheduled</Badge> : null}
              {s?.correctedBy ? <Badge>Corrected by version {s.correctedBy}</Badge> : null}{" "}
              <span className="font-normal text-muted">
                {governs ? `governs ${day(governs.from)}${governs.to ? ` to ${day(lastDayOf(governs.to))}` : " on"}` : s?.correctedBy ? `was entered from ${day(v.effectiveFrom)}` : `from ${day(v.effectiveFrom)}, never in force (a later version took over)`}
                {v.supersedes ? ` · corrects version ${v.supersedes}` : ""} · recorded {v.recorded}
              </span>
            </p>
            {v.body}
            {correctHref && !s?.correctedBy ? (
              <Link href={correctHref(v.version)} className="text-sm font-semibold text-brand-800 underline">
                Correct version {v.version}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
