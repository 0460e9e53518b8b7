import "server-only";
import { randomUUID } from "node:crypto";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { employedOn } from "@/lib/person/employment";
import { loadStaff } from "@/lib/report/data";
import { plusDays } from "@/lib/time/calendar";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { currentAnswers, employmentEnding, expiringRecords, lapsedAuthorizations, merged, rulesToReverify, signOffsWaiting, supervisionGap, type DueItem, type Watched } from "./due";
import { loadDirectory, loadPreferences, loadWatch } from "./data";
import { cadenceFor } from "./kinds";
import { assembleMessages, insertNotices, recordAnswers, type NoticeRow } from "./mutations";
import { languageOf, recipientsOf } from "./recipients";
import { noticeWords } from "./wording";

export type ScanResult = { items: number; noticesCreated: number; messages: string[]; people: number; locations: number };

export function appBaseUrl(): string {
  return process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
}

/**
 * One full scan: what is due now for every MA employed today at an active location, told to the
 * people who should hear it, gathered into messages ready to send. Safe to run twice at once or
 * again after a crash: what was told is never told again. A fixed number of queries per location.
 */
export async function scanDue(now: Date = new Date()): Promise<ScanResult> {
  const [{ timeZone }, locations, directory, preferences, watch] = await Promise.all([organizationSettings(), listLocations(), loadDirectory(), loadPreferences(), loadWatch()]);
  const clock = wallClock(now, timeZone);
  const today = clock.date;
  const monday = plusDays(today, 7 - ((clock.weekday + 6) % 7));
  const week = { monday, nextMonday: plusDays(monday, 7) };
  const until = startOfLocalDay(week.nextMonday, timeZone);
  const scan = { now, today, timeZone };
  const staff = await loadStaff(locations.map((l) => l.id));
  const items: DueItem[] = [];
  const changed: Watched[] = [];
  const people = new Set<string>();
  const rulesSeen = new Set<string>();
  const load = (i: number) => {
    const location = locations[i];
    if (!location) return null;
    const here = staff.filter((p) => employedOn(p.employment, location.id, today, now)).map((p) => p.id);
    return loadFactsForPeople(here, location.id, now, now, until);
  };
  // The next locations' facts are read while this one's are decided: the database works meanwhile.
  const ahead = [load(0), load(1)];
  for (const [i, location] of locations.entries()) {
    const facts = (await ahead.shift()) as Awaited<ReturnType<typeof loadFactsForPeople>>;
    ahead.push(load(i + 2));
    for (const f of facts.values()) {
      people.add(f.person.id);
      const answers = currentAnswers(f, { ...scan, timeZone: location.timeZone });
      items.push(...expiringRecords(f, scan), ...signOffsWaiting(f, scan), ...employmentEnding(f, scan), ...lapsedAuthorizations(f, answers, watch));
      const gap = supervisionGap(f, { ...scan, timeZone: location.timeZone }, week);
      if (gap) items.push(gap);
      changed.push(...answers.filter((a) => watch.get(a.authorizationId)?.answer !== a.answer));
      if (!rulesSeen.has(location.state)) {
        rulesSeen.add(location.state);
        items.push(...rulesToReverify(f, scan));
      }
    }
  }
  const rows: NoticeRow[] = [];
  const personOf = new Map(directory.users.map((u) => [u.id, u.personId]));
  for (const item of merged(items)) {
    for (const recipient of recipientsOf(item, directory)) {
      const cadence = cadenceFor(item.kind, preferences.get(recipient.userId) ?? new Map(), { ownRecord: personOf.get(recipient.userId) === item.personId });
      rows.push({ userId: recipient.userId, kind: item.kind, itemId: item.itemId, threshold: item.threshold, urgency: item.urgency, personId: item.personId, locationId: item.locationId, cadence, ...noticeWords(item, recipient, languageOf(recipient.userId, directory)) });
    }
  }
  const noticesCreated = await insertNotices(rows);
  await recordAnswers(changed, now);
  const messages = await assembleMessages({ today, weekday: clock.weekday }, randomUUID(), appBaseUrl());
  return { items: rows.length, noticesCreated, messages, people: people.size, locations: locations.length };
}
