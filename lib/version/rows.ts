import { fromDbDate, fromDbDateOrNull } from "@/lib/time/calendar";
import type { Version } from "./governing";

/** A stored version row with calendar-date valid time, as Prisma returns it. */
type DateRow = { version: number; supersedesVersion: number | null; effectiveFrom: Date; effectiveTo?: Date | null; recordedAt: Date };

export type VersionOf<R> = Omit<R, "effectiveFrom" | "effectiveTo"> & Version;

/** Stored rows as versions for lib/version/governing.ts (calendar dates as "YYYY-MM-DD"). */
export function versionsOf<R extends DateRow>(rows: readonly R[]): VersionOf<R>[] {
  return rows.map((r) => ({ ...r, supersedes: r.supersedesVersion, effectiveFrom: fromDbDate(r.effectiveFrom), effectiveTo: fromDbDateOrNull(r.effectiveTo ?? null) }));
}
