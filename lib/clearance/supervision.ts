import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import englishEngine from "@/lib/i18n/messages/en/engine.json" with { type: "json" };
import { translatorFor } from "@/lib/i18n/translator";
import { wallClock, type WallClock } from "@/lib/time/zoned";
import type { ScheduleWindow, SupervisionLevel } from "./facts";

const RANK: Record<SupervisionLevel, number> = { none: 0, general: 1, telemedicine: 2, on_premises: 3, direct_visual: 4 };

/** The levels in English, as staff screens list them (the words are the "engine" catalog's). */
export const SUPERVISION_LABELS: Record<SupervisionLevel, string> = englishEngine.supervision;

export function supervisionLabel(level: SupervisionLevel, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "engine")(`supervision.${level}`);
}

/** The stricter of two requirements. */
export function stricter(a: SupervisionLevel, b: SupervisionLevel): SupervisionLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

export function atLeastAsStrict(level: SupervisionLevel, than: SupervisionLevel): boolean {
  return RANK[level] >= RANK[than];
}

/**
 * Whether an arrangement at `provided` level meets a `required` level: the same or stronger, except
 * that telemedicine only meets a requirement that names telemedicine or a weaker one (a remote
 * supervisor is not "on the premises", however responsive).
 */
export function satisfies(provided: SupervisionLevel, required: SupervisionLevel): boolean {
  if (provided === "telemedicine") return RANK[required] <= RANK.telemedicine;
  return RANK[provided] >= RANK[required];
}

export function windowCovers(window: ScheduleWindow, local: WallClock): boolean {
  return window.weekday === local.weekday && window.startMinute <= local.minute && local.minute < window.endMinute;
}

const DAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
/** English day names: schedules are described once, in English, when the facts are read (they are part of a finding's values). */
const DAY_NAMES = DAY_KEYS.map((key) => englishEngine.day[key]);

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** "Mon–Fri 08:00–17:00, Sat 09:00–13:00": consecutive days with the same hours are merged. */
export function describeWindows(windows: readonly ScheduleWindow[]): string {
  const sorted = [...windows].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const groups: { from: number; to: number; start: number; end: number }[] = [];
  for (const w of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.to === w.weekday - 1 && last.start === w.startMinute && last.end === w.endMinute) last.to = w.weekday;
    else groups.push({ from: w.weekday, to: w.weekday, start: w.startMinute, end: w.endMinute });
  }
  return groups
    .map((g) => `${DAY_NAMES[g.from]}${g.to !== g.from ? `–${DAY_NAMES[g.to]}` : ""} ${formatMinute(g.start)}–${formatMinute(g.end)}`)
    .join(", ");
}

/** "extra session Sat 09:00–13:00" (or "Sat 20:00–Sun 02:00"), on the location's clock. */
export function describeSession(session: { startsAt: string; endsAt: string }, timeZone: string): string {
  const start = wallClock(new Date(session.startsAt), timeZone);
  const end = wallClock(new Date(session.endsAt), timeZone);
  const until = end.date === start.date ? end.time : `${DAY_NAMES[end.weekday]} ${end.time}`;
  return `${englishEngine.schedule.extraSession} ${DAY_NAMES[start.weekday]} ${start.time}–${until}`;
}

const ENGLISH_DAY = new RegExp(`\\b(${DAY_NAMES.join("|")})\\b`, "g");

/**
 * A schedule described above, in another language. It is kept in English inside a finding's values
 * (they are part of a stored decision, the same in every language), so the words are swapped when
 * it is said: its English day names and "extra session" are the only words it has.
 */
export function scheduleIn(schedule: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return schedule;
  const t = translatorFor(locale, "engine");
  return schedule
    .replace(englishEngine.schedule.extraSession, t("schedule.extraSession"))
    .replace(ENGLISH_DAY, (day) => t(`day.${DAY_KEYS[DAY_NAMES.indexOf(day)]!}`));
}

export function dayName(weekday: number, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "engine")(`day.${DAY_KEYS[weekday]!}`);
}
