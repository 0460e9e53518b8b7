import { VALIDATION_METHODS } from "@/lib/record/schema";
import { providerTypeLabel, tierLabel } from "@/lib/person/credentials";
import { byLineage, governingIn, prepare, type Prepared, type Version } from "@/lib/version/governing";
import { formatInZone, wallClock } from "@/lib/time/zoned";
import { recordStatus, type ExportedRecord, type RecordStatus, type RecordTask } from "./records";
import { NO_CREDENTIALS } from "./wording";

/**
 * The surveyor's view of competency records: for each location, each medical assistant and each
 * task a record covers, whether the MA is authorized for it there (by whom, from when), who
 * validated the record with the credentials they held then, and every time on the location's
 * clock with the zone named. Authorizations do not transfer between locations, so a person at two
 * locations appears in each, with that location's grants. Pure.
 */
export type AuthorizationState = "authorized" | "suspended" | "revoked" | "ended" | "not_yet" | "none";

export type StatusVersion = Version & { status: "active" | "suspended" | "revoked"; byName: string };
export type ReportAuthorization = {
  personId: string;
  locationId: string;
  taskId: string;
  /** Calendar dates on the location's clock; `effectiveTo` is the first day no longer in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  grantedByName: string;
  /** Status changes as versions (valid time: the instant the change takes effect). */
  history: StatusVersion[];
};
/** A validator's provider type or MA credential tier from a calendar date on (null: none). */
export type CredentialVersion = Version & { personId: string; value: string | null };

/** What the report reads besides the records, for one page of people: loaded in bulk. */
export type ReportFacts = { authorizations: ReportAuthorization[]; providerRoles: CredentialVersion[]; tiers: CredentialVersion[] };
export type ReportLocation = { id: string; name: string; timeZone: string };

export type AuthorizationView = { state: AuthorizationState; by: string | null; from: string | null; until: string | null; statusSince: string | null; statusBy: string | null };
export type ReportTask = { name: string; authorization: AuthorizationView };

export type ReportEntry = {
  location: ReportLocation;
  record: ExportedRecord;
  /** Empty for a record that names no task (a certification, say). */
  tasks: ReportTask[];
  status: RecordStatus;
  validator: { name: string; credentials: string } | null;
  method: string | null;
  validatedAt: string | null;
  recordedAt: string;
};

/** "2026-03-14 10:40 PDT": an instant on a location's clock, with the zone's name at that instant. */
export const localTime = formatInZone;

export function methodWords(method: string | null): string | null {
  if (method === null) return null;
  return (VALIDATION_METHODS as Record<string, string>)[method] ?? method;
}

const NO_AUTHORIZATION: AuthorizationView = { state: "none", by: null, from: null, until: null, statusSince: null, statusBy: null };
// Preference when several grants could answer (a renewed grant beside an ended one): the one in force wins.
const RANK: Record<AuthorizationState, number> = { authorized: 0, suspended: 1, revoked: 2, not_yet: 3, ended: 4, none: 5 };

/**
 * Turns records into report entries, with the facts of their page. `asOf` is the moment the report
 * is for; `asOfDate` the calendar date record statuses are read on (the one the export filtered by).
 */
export function reportEntries(facts: ReportFacts, locations: ReadonlyMap<string, ReportLocation>, asOf: Date, asOfDate: string): (record: ExportedRecord) => ReportEntry[] {
  const grants = new Map<string, { grant: ReportAuthorization; statuses: Prepared<StatusVersion> }[]>();
  for (const grant of facts.authorizations) {
    const key = `${grant.personId}|${grant.locationId}|${grant.taskId}`;
    const list = grants.get(key) ?? [];
    list.push({ grant, statuses: prepare(grant.history, asOf) });
    grants.set(key, list);
  }
  const lineages = (versions: CredentialVersion[]) => new Map(byLineage(versions, (v) => v.personId).map((l) => [l[0]!.personId, prepare(l, asOf)]));
  const roles = lineages(facts.providerRoles);
  const tiers = lineages(facts.tiers);
  const asOfIso = asOf.toISOString();
  const todayAt = new Map<string, string>();

  function authorization(personId: string, location: ReportLocation, task: RecordTask): AuthorizationView {
    let today = todayAt.get(location.timeZone);
    if (!today) todayAt.set(location.timeZone, (today = wallClock(asOf, location.timeZone).date));
    // A grant of the parent task covers its refinements, as in the engine.
    const candidates = [task.id, task.parentId].flatMap((id) => (id ? (grants.get(`${personId}|${location.id}|${id}`) ?? []) : []));
    let best = NO_AUTHORIZATION;
    for (const { grant, statuses } of candidates) {
      const status = governingIn(statuses, asOfIso);
      const view: AuthorizationView = { state: "authorized", by: grant.grantedByName, from: grant.effectiveFrom, until: grant.effectiveTo, statusSince: status ? localTime(new Date(status.effectiveFrom), location.timeZone) : null, statusBy: status?.byName ?? null };
      if (grant.effectiveFrom > today || status === null) view.state = "not_yet";
      else if (grant.effectiveTo !== null && grant.effectiveTo <= today) view.state = "ended";
      else if (status.status !== "active") view.state = status.status;
      if (RANK[view.state] < RANK[best.state]) best = view;
    }
    return best;
  }

  function credentials(validatorId: string, on: string): string {
    const role = roles.get(validatorId);
    const tier = tiers.get(validatorId);
    const type = role ? governingIn(role, on)?.value : null;
    const credential = tier ? governingIn(tier, on)?.value : null;
    const parts = [type ? providerTypeLabel(type) : null, credential && credential !== "none" ? tierLabel(credential) : null].filter((p): p is string => p !== null);
    return parts.length ? parts.join("; ") : NO_CREDENTIALS;
  }

  return (record) =>
    record.locations.map((at) => {
      const location = locations.get(at.id);
      // Records only name the exported locations; anything else is a bug, not a time zone to guess.
      if (!location) throw new Error(`Location ${at.id} is not part of this export`);
      const tz = location.timeZone;
      const validatedAt = record.validatedAt ? localTime(record.validatedAt, tz) : null;
      // Credentials as held on the day of the sign-off, on the location's calendar (the stamp starts with it).
      const validatedOn = validatedAt ? validatedAt.slice(0, 10) : record.completedOn;
      return {
        location,
        record,
        tasks: record.tasks.map((task) => ({ name: task.name, authorization: authorization(record.person.id, location, task) })),
        status: recordStatus(record.expiresOn, asOfDate),
        validator: record.validator ? { name: record.validator.name, credentials: credentials(record.validator.id, validatedOn) } : null,
        method: methodWords(record.validationMethod),
        validatedAt,
        recordedAt: localTime(record.recordedAt, tz),
      };
    });
}
