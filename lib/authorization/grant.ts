import "server-only";
import type { Actor } from "@/lib/access/policy";
import type { AuditContext } from "@/lib/audit/mutations";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { say } from "@/lib/i18n/said";
import { getLocations } from "@/lib/location/data";
import { endAfter } from "@/lib/time/calendar";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { activeAuthorizations, medicalAssistantsAt } from "./data";
import { createAuthorizations } from "./mutations";
import { previewGrant, type GrantPreview } from "./preview";
import type { GrantInput } from "./schema";

export type GrantPlan = {
  previews: (GrantPreview & { personName: string; taskName: string })[];
  /** Pairs already authorized and active: granting them again is skipped, not duplicated. */
  alreadyActive: { personId: string; taskId: string; since: string; by: string }[];
};

/**
 * Works out what a grant would do: each person and task's answer once saved, refusals (the state
 * prohibits it, it belongs to the provider, employer policy excludes it), and what is already
 * authorized. Reads only; used for the preview and again, fresh, when saving.
 */
export async function planGrant(input: GrantInput, actor: Actor, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<Outcome<GrantPlan>> {
  const [location] = await getLocations([input.locationId]);
  if (!location) return fail("NOT_FOUND");
  const people = await medicalAssistantsAt(location.id, input.personIds);
  if (people.length !== input.personIds.length) {
    return fail("VALIDATION", say("authorization.outcome.notWorkingThere", { location: location.name }), { personIds: say("authorization.field.medicalAssistantsAt", { location: location.name }) });
  }
  const effectiveFrom = input.effectiveFrom;
  const effectiveTo = endAfter(input.lastDay);
  const starts = startOfLocalDay(effectiveFrom, location.timeZone);
  const moment = starts > now ? starts : now;
  const facts = await loadFactsForPeople(input.personIds, location.id, moment, now);
  const tasks = new Map([...facts.values()][0]?.tasks.map((t) => [t.id, t]) ?? []);
  const unknown = input.taskIds.filter((id) => !tasks.get(id) || tasks.get(id)!.retired);
  if (unknown.length > 0) return fail("VALIDATION", say("authorization.outcome.unknownTask"), { taskIds: say("authorization.field.tasksFromList") });
  const previews = people.flatMap((person) =>
    previewGrant(facts.get(person.id)!, input.taskIds, { effectiveFrom, effectiveTo, grantedByName: actor.name }, moment, locale).map((p) => ({
      ...p,
      personName: person.name,
      taskName: tasks.get(p.taskId)!.name,
    })),
  );
  const active = await activeAuthorizations(location.id, input.personIds, input.taskIds, wallClock(moment, location.timeZone).date);
  return ok({
    previews,
    alreadyActive: active.map((a) => ({ personId: a.personId, taskId: a.taskId, since: a.effectiveFrom, by: a.grantedByName })),
  });
}

/** Saves a grant after checking it afresh: refused as a whole if any pair is refused, skipping pairs already active. */
export async function grant(input: GrantInput, actor: Actor, context: AuditContext, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<Outcome<GrantPlan & { granted: number }>> {
  const planned = await planGrant(input, actor, now, locale);
  if (!planned.ok) return planned;
  const refused = planned.data.previews.filter((p) => p.outcome === "refused");
  if (refused.length > 0) {
    const detail = refused.map((p) => `${p.personName}, ${p.taskName}: ${p.reason}`).join(" ");
    return fail("REFUSED", say("authorization.outcome.refused", { count: refused.length, detail }), { taskIds: say("authorization.field.removeRefused") });
  }
  const [location] = await getLocations([input.locationId]);
  const skip = new Set(planned.data.alreadyActive.map((a) => `${a.personId}|${a.taskId}`));
  const rows = input.personIds.flatMap((personId) =>
    input.taskIds
      .filter((taskId) => !skip.has(`${personId}|${taskId}`))
      .map((taskId) => ({
        personId,
        taskId,
        locationId: input.locationId,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: endAfter(input.lastDay),
        conditions: input.conditions,
      })),
  );
  if (rows.length === 0) return fail("REFUSED", say("authorization.outcome.nothingToSave"));
  const created = await createAuthorizations(rows, actor, context, location!.timeZone, now);
  if (!created.ok) return created;
  const skipped = planned.data.alreadyActive.length;
  return ok({ ...planned.data, granted: rows.length }, say("authorization.outcome.granted", { granted: rows.length, skipped }));
}
