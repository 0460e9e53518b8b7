import "server-only";
import type { AuditContext } from "@/lib/audit/mutations";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { instantFromWallClock, wallClock } from "@/lib/time/zoned";
import { loadLiveFacts } from "./data";
import { decide, type Decision } from "./decide";
import type { Facts, TaskFact } from "./facts";
import { logDecisions, type DecisionSource } from "./mutations";

export type TaskAnswer = { task: TaskFact; decision: Decision };
export type LocationAnswers = { location: Facts["location"]; moment: Date; answers: TaskAnswer[] };

/**
 * Answers every current task for a person at each location, at one moment, and logs the answers
 * as shown, in the language they are shown in. Costs one facts load per location, whatever the
 * number of tasks (the facts are the same in every language; only the words are not).
 */
export async function answerAllTasks(personId: string, locationIds: readonly string[], moment: Date, context: AuditContext, source: DecisionSource, locale: Locale = DEFAULT_LOCALE): Promise<LocationAnswers[]> {
  const results: LocationAnswers[] = [];
  for (const locationId of locationIds) {
    const facts = await loadLiveFacts(personId, locationId, moment);
    if (!facts) continue;
    const answers = facts.tasks
      .filter((task) => !task.retired)
      .map((task) => ({ task, decision: decide(facts, { personId, taskId: task.id, locationId, moment }, locale) }));
    results.push({ location: facts.location, moment, answers });
  }
  await logDecisions(context, results.flatMap((r) => r.answers.map((a) => a.decision)), source);
  return results;
}

/** One task at one location and moment, logged as shown (in `locale`). Null when the person or location does not exist. */
export async function answerOneTask(personId: string, taskId: string, locationId: string, moment: Date, context: AuditContext, source: DecisionSource, locale: Locale = DEFAULT_LOCALE): Promise<(TaskAnswer & { facts: Facts }) | null> {
  const facts = await loadLiveFacts(personId, locationId, moment);
  const task = facts?.tasks.find((t) => t.id === taskId);
  if (!facts || !task) return null;
  const decision = decide(facts, { personId, taskId, locationId, moment }, locale);
  await logDecisions(context, [decision], source);
  return { task, decision, facts };
}

/** The instant a form's date and time name at a location; missing parts mean "now" there. */
export function momentAt(date: string | undefined, time: string | undefined, timeZone: string, now: Date = new Date()): Date {
  if (!date && !time) return now;
  const current = wallClock(now, timeZone);
  return instantFromWallClock(date || current.date, time || current.time, timeZone);
}
