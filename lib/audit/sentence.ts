import { readableDate } from "@/lib/time/calendar";
import type { JsonValue } from "./chain";
import { AUDIT_ACTIONS, actionLabel, genericSentence, HIDDEN_LOCATION, isAuditAction, NOBODY, systemActorName, UNKNOWN_TASK, type EventFacts } from "./wording";

/** The stored fields a sentence is made from. */
export type SentenceEvent = {
  action: string;
  occurredAt: Date | string;
  actorUserId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  locationId: string | null;
  after: JsonValue | null;
};

/**
 * Names for the events on one page, loaded in bulk and only within what the viewer may see: an id
 * missing from a map is either gone or out of the viewer's scope, and is never named.
 */
export type AuditNames = {
  /** User id to the name of the user's person. */
  users: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  /** Task id, or task code (the demo's events name tasks by code), to the task's name. */
  tasks: ReadonlyMap<string, string>;
  locations: ReadonlyMap<string, { name: string; timeZone: string }>;
  /** Authorization id to its task id: a status change names only the authorization. */
  authorizationTasks: ReadonlyMap<string, string>;
};

export type EventMoment = { date: string; time: string; zone: string; timeZone: string };
export type DescribedEvent = { label: string; sentence: string; when: EventMoment };

/** The ids a page of events refers to, for the bulk loads that name them. */
export type EventReferences = { userIds: string[]; personIds: string[]; taskRefs: string[]; locationIds: string[]; authorizationIds: string[] };

const MAX_QUOTED = 120;
const MAX_LISTED_TASKS = 3;

type JsonObject = { [key: string]: JsonValue };
const isObject = (v: JsonValue | null | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: JsonValue | undefined): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const strings = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** A grant stores one entry per task granted; everything else one object. */
function payloads(after: JsonValue | null): JsonObject[] {
  if (Array.isArray(after)) return after.filter(isObject);
  return isObject(after) ? [after] : [];
}

function taskRefsOf(e: SentenceEvent, names?: AuditNames): string[] {
  const refs = payloads(e.after).flatMap((p) => [str(p.taskId), str(p.task), ...strings(p.taskIds), ...strings(p.tasks)].filter((r): r is string => r !== null));
  if (e.entityType === "Task" && e.entityId) refs.push(e.entityId);
  if (e.entityType === "Authorization" && e.entityId && names) {
    const taskId = names.authorizationTasks.get(e.entityId);
    if (taskId) refs.push(taskId);
  }
  return [...new Set(refs)];
}

/** Presence events name the provider in their payload rather than in `personId`. */
function subjectOf(e: SentenceEvent): string | null {
  return e.personId ?? (payloads(e.after).map((p) => str(p.providerId)).find((id) => id !== null) ?? null);
}

export function eventReferences(events: readonly SentenceEvent[]): EventReferences {
  const collect = (pick: (e: SentenceEvent) => (string | null)[]) => [...new Set(events.flatMap(pick).filter((id): id is string => id !== null))];
  return {
    userIds: collect((e) => [e.actorUserId]),
    personIds: collect((e) => [subjectOf(e)]),
    taskRefs: collect((e) => taskRefsOf(e)),
    locationIds: collect((e) => [e.locationId]),
    authorizationIds: collect((e) => [e.entityType === "Authorization" ? e.entityId : null]),
  };
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();
function zoned(timeZone: string): Intl.DateTimeFormat {
  let f = zonedFormats.get(timeZone);
  if (!f) zonedFormats.set(timeZone, (f = new Intl.DateTimeFormat("en-US", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" })));
  return f;
}

/** "1 Dec 2026, 09:14 PST": an instant as the clock on the wall there showed it. */
export function eventMoment(instant: Date, timeZone: string): EventMoment {
  const parts = Object.fromEntries(zoned(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.day} ${parts.month} ${parts.year}`, time: `${parts.hour}:${parts.minute}`, zone: parts.timeZoneName ?? timeZone, timeZone };
}

// Date columns (effectiveFrom and the like) are calendar days; `effectiveAt` is an instant, shown as
// the day it was where the event happened.
const DAY_KEYS = ["effectiveFrom", "from", "withdrawnFrom", "changeFrom"] as const;

function effectiveOf(items: JsonObject[], timeZone: string): string | null {
  const days = items.flatMap((p) => DAY_KEYS.map((k) => str(p[k]))).filter((d): d is string => d !== null && readableDate(d) !== null);
  if (days.length > 0) return readableDate(days.sort()[0]!);
  const at = items.map((p) => str(p.effectiveAt)).find((v) => v !== null);
  const instant = at ? new Date(at) : null;
  return instant && !Number.isNaN(instant.getTime()) ? eventMoment(instant, timeZone).date : null;
}

function quoted(value: string | null): string | null {
  if (value === null) return null;
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat;
}

function listTasks(refs: string[], names: AuditNames): string | null {
  if (refs.length === 0) return null;
  const known = [...new Set(refs.map((r) => names.tasks.get(r)).filter((n): n is string => n !== undefined))];
  if (known.length === 0) return UNKNOWN_TASK;
  if (known.length === 1) return known[0]!;
  const shown = known.length > MAX_LISTED_TASKS ? [...known.slice(0, MAX_LISTED_TASKS - 1), `${known.length - MAX_LISTED_TASKS + 1} other tasks`] : known;
  // Task names hold commas of their own ("Recording vital signs, height, and weight").
  const separator = shown.some((name) => name.includes(",")) ? "; " : ", ";
  return `${shown.slice(0, -1).join(separator)} and ${shown[shown.length - 1]}`;
}

/**
 * Who acted, by name when the viewer may see the user's person. Otherwise a user is shown by the
 * label the trail stored for them (their sign-in email), and a system context by a readable name.
 */
function actorName(e: SentenceEvent, names: AuditNames): string {
  if (e.actorUserId) return names.users.get(e.actorUserId) ?? e.actorLabel;
  return systemActorName(e.actorLabel);
}

/** One event as a sentence, with its label and its moment in the event's location's time zone. */
export function describeEvent(e: SentenceEvent, names: AuditNames, organizationTimeZone: string): DescribedEvent {
  const location = e.locationId ? names.locations.get(e.locationId) : undefined;
  const timeZone = location?.timeZone ?? organizationTimeZone;
  const items = payloads(e.after);
  const first = items[0];
  const subject = subjectOf(e);
  const facts: EventFacts = {
    who: actorName(e, names),
    person: (subject && names.people.get(subject)) || NOBODY,
    location: e.locationId ? (location?.name ?? HIDDEN_LOCATION) : null,
    tasks: listTasks(taskRefsOf(e, names), names),
    effective: effectiveOf(items, timeZone),
    reason: quoted(str(first?.reason)),
    title: quoted(str(first?.title) ?? str(first?.fileName) ?? (e.entityType === "ApiToken" || e.entityType === "Task" ? str(first?.name) : null)),
  };
  const sentence = isAuditAction(e.action) ? AUDIT_ACTIONS[e.action].sentence(facts) : genericSentence(facts, e.action);
  return { label: actionLabel(e.action), sentence: `${sentence}.`, when: eventMoment(new Date(e.occurredAt), timeZone) };
}
