import { plusDays } from "@/lib/time/calendar";

/** What Cleared tells people about, who may choose how, and the defaults. Pure. */
export const NOTICE_KINDS = ["record_expiring", "authorization_lapsed", "signoff_waiting", "supervision_gap", "rule_reverify", "employment_ending"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const CADENCES = ["immediate", "daily", "weekly", "off"] as const;
export type Cadence = (typeof CADENCES)[number];

/** A change in an answer is told at once; the rest waits for the day's digest unless chosen otherwise. */
export const DEFAULT_CADENCE: Record<NoticeKind, Cadence> = {
  record_expiring: "daily",
  authorization_lapsed: "immediate",
  signoff_waiting: "daily",
  supervision_gap: "daily",
  rule_reverify: "weekly",
  employment_ending: "daily",
};

/** Days before a record's expiry at which it is told; after expiry, once a week until it is replaced. */
export const EXPIRY_THRESHOLDS = [90, 60, 30, 7] as const;

export const EMPLOYMENT_ENDING_DAYS = 14;

/**
 * The cadence that applies: the user's choice, else the default. A medical assistant always hears
 * of her own records expiring, whatever she chose.
 */
export function cadenceFor(kind: NoticeKind, chosen: ReadonlyMap<NoticeKind, Cadence>, { ownRecord }: { ownRecord: boolean }): Cadence {
  const cadence = chosen.get(kind) ?? DEFAULT_CADENCE[kind];
  return ownRecord && kind === "record_expiring" && cadence === "off" ? DEFAULT_CADENCE.record_expiring : cadence;
}

/** The digest period a notice of this cadence goes out in: the local day, or the week from its Monday. */
export function periodKey(cadence: Exclude<Cadence, "off">, today: string, weekday: number, scanId: string): string {
  if (cadence === "immediate") return `scan:${scanId}`;
  if (cadence === "daily") return `day:${today}`;
  return `week:${plusDays(today, -((weekday + 6) % 7))}`;
}
