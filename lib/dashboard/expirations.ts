/** Calendar dates ("YYYY-MM-DD"); `expiresOn` is the first day a record no longer counts. */
export type ExpiringRecord = { lineageId: string; personId: string; kind: string; taskIds: readonly string[]; completedOn: string; expiresOn: string | null };

/**
 * Whether a newer record of the same kind and person, still valid on `today`, covers every task of
 * `r`: a renewed competency makes the old one history, not a gap. `sameDay` also counts one completed
 * the same day (a sign-off of a competency recorded that morning).
 */
export function renewedBy<T extends ExpiringRecord>(records: readonly T[], r: T, today: string, { sameDay = false }: { sameDay?: boolean } = {}): boolean {
  return records.some(
    (newer) =>
      newer !== r &&
      newer.lineageId !== r.lineageId &&
      newer.personId === r.personId &&
      newer.kind === r.kind &&
      (newer.completedOn > r.completedOn || (sameDay && newer.completedOn === r.completedOn)) &&
      (newer.expiresOn === null || newer.expiresOn > today) &&
      (r.taskIds.length === 0 || r.taskIds.every((t) => newer.taskIds.includes(t))),
  );
}

/** Which expired records still matter on `today`: those not renewed. */
export function stillExpired<T extends ExpiringRecord>(records: readonly T[], today: string): T[] {
  return records.filter((r) => r.expiresOn !== null && r.expiresOn <= today && !renewedBy(records, r, today));
}

/** Counts per calendar month for the twelve months starting with the one `today` is in. */
export function expirationsByMonth(dates: readonly string[], today: string): { month: string; count: number }[] {
  const start = today.slice(0, 7);
  const months: string[] = [];
  let [year, month] = start.split("-").map(Number) as [number, number];
  for (let i = 0; i < 12; i++) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  const counts = new Map(months.map((m) => [m, 0]));
  for (const date of dates) {
    const key = date.slice(0, 7);
    if (counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return months.map((m) => ({ month: m, count: counts.get(m) ?? 0 }));
}
