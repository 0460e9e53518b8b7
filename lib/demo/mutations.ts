import type { PrismaClient } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { appendAuditEvent, SYSTEM_CONTEXT, type AuditContext } from "@/lib/audit/mutations";
import type { AuditAction } from "@/lib/audit/wording";
import { hashPassword } from "@/lib/auth/password";
import { insertPerson } from "@/lib/person/mutations";
import { toDbDate } from "@/lib/time/calendar";
import { endOfLocalDay, startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { demoClearance } from "./clearance";
import { encryptSecret } from "@/lib/second-factor/crypto";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { CHECK_IN_LOCATIONS, DEMO_LOCATIONS, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TOTP_SECRET, demoEmail } from "./dataset";
import { DEMO_RULES, DEMO_RULES_EFFECTIVE } from "./rules";

export type SeedResult = { seeded: boolean };

/**
 * Creates the demo organization in one transaction. Idempotent: a database that already has an
 * organization is left alone, so restarts and repeated `npm run db:seed` never duplicate anything.
 */
export async function seedDemoData(db: PrismaClient, now: Date = new Date()): Promise<SeedResult> {
  if ((await db.organization.count()) > 0) return { seeded: false };
  // One hash for every demo login: they share the published demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const context = { ...SYSTEM_CONTEXT, actorLabel: "demo seed" };
  await db.$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: DEMO_ORGANIZATION });
    const locationIds = new Map<string, string>();
    for (const { key, ...location } of DEMO_LOCATIONS) {
      const checkIns = CHECK_IN_LOCATIONS.includes(key);
      const first = { version: 1, state: location.state, timeZone: location.timeZone, effectiveFrom: startOfLocalDay("1900-01-01", location.timeZone), recordedAt: now };
      const created = await tx.location.create({
        data: {
          ...location,
          requiresCheckIn: checkIns,
          organizationId: organization.id,
          versions: { create: checkIns ? [first, { ...first, version: 2, requiresCheckIn: true, effectiveFrom: now, reason: "Check-ins required" }] : [first] },
        },
      });
      locationIds.set(key, created.id);
      await appendAuditEvent(tx, context, { action: "location.create", entityType: "Location", entityId: created.id, locationId: created.id, after: location });
    }
    const idOf = (key: string) => locationIds.get(key) as string;
    const people = new Map<string, { personId: string; userId: string | null; name: string }>();
    for (const p of DEMO_PEOPLE) {
      // Entered when they started, so that reconstructions of the past know them.
      const startedAt = new Date(`${p.employmentStart}T16:00:00Z`);
      const person = {
        id: await insertPerson(
          tx,
          {
            organizationId: organization.id,
            firstName: p.firstName,
            lastName: p.lastName,
            employeeId: `E${1001 + DEMO_PEOPLE.indexOf(p)}`,
            isMedicalAssistant: p.login?.role === "medical_assistant",
            providerType: p.providerType ?? null,
            credentialTier: p.credentialTier ?? "none",
            employment: p.locations.map((key) => ({ locationId: idOf(key), effectiveFrom: p.employmentStart, effectiveTo: null })),
          },
          { actor: null, now: startedAt < now ? startedAt : now },
        ),
      };
      let userId: string | null = null;
      if (p.login) {
        const grants = p.login.scope
          ? p.login.scope.map((key) => ({ role: p.login!.role, locationId: idOf(key) }))
          : [{ role: p.login.role, locationId: null }];
        // Staff whose role requires a second factor come with the published demo key set up.
        const secondFactor = secondFactorRequired(grants) ? { create: { secret: encryptSecret(DEMO_TOTP_SECRET), confirmedAt: now } } : undefined;
        const user = await tx.user.create({
          data: { personId: person.id, email: demoEmail(p), passwordHash, roleGrants: { create: grants }, secondFactor },
        });
        userId = user.id;
      }
      await appendAuditEvent(tx, context, {
        action: p.login ? "user.create" : "person.create",
        entityType: p.login ? "User" : "Person",
        entityId: userId ?? person.id,
        personId: person.id,
        after: { name: `${p.firstName} ${p.lastName}`, role: p.login?.role ?? `provider (${p.providerType})`, locations: p.locations, email: p.login ? demoEmail(p) : null },
      });
      people.set(p.key, { personId: person.id, userId, name: `${p.firstName} ${p.lastName}` });
    }
    await seedClearanceData(tx, context, { organizationId: organization.id, locationIds, people, now });
  });
  return { seeded: true };
}

type SeedIds = {
  organizationId: string;
  locationIds: Map<string, string>;
  people: Map<string, { personId: string; userId: string | null; name: string }>;
  now: Date;
};

const at = (date: string) => new Date(`${date}T16:00:00Z`);
/** The demo's calendar: its instants as dates at its clinics (both on Pacific time). */
const day = (instant: Date) => toDbDate(wallClock(instant, DEMO_ORGANIZATION.timeZone).date);

// The demo rules were reviewed every January, and last on the date each rule gives.
const REVIEWS = ["2021-01-11", "2022-01-10", "2023-01-09", "2024-01-08", "2025-01-13"];

/**
 * Rules, policies, authorizations, records and schedules, each dated as if entered when it
 * happened, so that the demo has a past to reconstruct.
 */
async function seedClearanceData(tx: Tx, context: AuditContext, ids: SeedIds): Promise<void> {
  const tasks = new Map((await tx.task.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
  const task = (code: string) => {
    const id = tasks.get(code);
    if (!id) throw new Error(`Demo data names an unknown task: ${code}`);
    return id;
  };
  const person = (key: string) => {
    const found = ids.people.get(key);
    if (!found) throw new Error(`Demo data names an unknown person: ${key}`);
    return found;
  };
  const audit = (action: AuditAction, entityType: string, entityId: string, after: unknown, extra: { personId?: string; locationId?: string } = {}) =>
    appendAuditEvent(tx, context, { action, entityType, entityId, after, ...extra });
  const admin = person("admin");

  for (const rule of DEMO_RULES) {
    const lineageId = newId();
    const reviews = [DEMO_RULES_EFFECTIVE, ...REVIEWS.filter((d) => d < rule.verifiedOn), rule.verifiedOn];
    for (const [index, reviewed] of reviews.entries()) {
      const created = await tx.stateRule.create({
        data: {
          lineageId,
          version: index + 1,
          state: rule.state,
          taskId: task(rule.task),
          credentialTier: rule.tier ?? null,
          outcome: rule.outcome,
          supervisionLevel: rule.level,
          supervisorTypes: rule.supervisorTypes,
          minTrainingHours: rule.hours ?? null,
          minProcedureCount: rule.procedures ?? null,
          acceptedCertifications: rule.certifications ?? [],
          requiredRecords: rule.requiredRecords ?? null,
          citation: rule.citation,
          sourceUrl: rule.sourceUrl,
          notes: index === 0 ? rule.notes ?? null : `${rule.notes ?? ""} Re-verified against the source on ${reviewed}; no change.`.trim(),
          effectiveFrom: toDbDate(DEMO_RULES_EFFECTIVE),
          lastVerifiedOn: toDbDate(reviewed),
          supersedesVersion: index === 0 ? null : index,
          lastVerifiedBy: `${admin.name} (demo)`,
          recordedAt: at(reviewed),
          recordedById: admin.userId,
        },
      });
      await audit("stateRule.create", "StateRule", created.id, { state: rule.state, task: rule.task, tier: rule.tier ?? "all", outcome: rule.outcome, version: index + 1 });
    }
  }

  const data = demoClearance(ids.now);
  const since = at(DEMO_RULES_EFFECTIVE);
  for (const p of data.policies) {
    const created = await tx.employerPolicy.create({
      data: {
        lineageId: newId(),
        version: 1,
        organizationId: ids.organizationId,
        locationId: p.location ? ids.locationIds.get(p.location)! : null,
        taskId: task(p.task),
        maMayPerform: p.maMayPerform,
        minSupervisionLevel: p.level ?? null,
        requiresCompetency: p.competency,
        revalidationMonths: p.months ?? null,
        documentRef: p.documentRef,
        documentVersion: p.documentVersion,
        effectiveFrom: day(since),
        recordedAt: since,
        recordedById: admin.userId,
      },
    });
    await audit("employerPolicy.create", "EmployerPolicy", created.id, p);
  }

  for (const a of data.authorizations) {
    const grantedBy = person(a.grantedBy);
    const grantedAt = a.from < ids.now ? a.from : new Date(ids.now.getTime() - 86_400_000);
    const created = await tx.authorization.create({
      data: {
        personId: person(a.person).personId,
        taskId: task(a.task),
        locationId: ids.locationIds.get(a.location)!,
        effectiveFrom: day(a.from),
        effectiveTo: a.to ? day(a.to) : null,
        conditions: a.conditions ?? null,
        grantedById: grantedBy.userId!,
        grantedByName: grantedBy.name,
        grantedAt,
        status: a.suspended ? "suspended" : "active",
        history: {
          create: [
            { status: "active", effectiveAt: startOfLocalDay(wallClock(a.from, DEMO_ORGANIZATION.timeZone).date, DEMO_ORGANIZATION.timeZone) < grantedAt ? startOfLocalDay(wallClock(a.from, DEMO_ORGANIZATION.timeZone).date, DEMO_ORGANIZATION.timeZone) : grantedAt, recordedAt: grantedAt, byUserId: grantedBy.userId, byName: grantedBy.name },
            ...(a.suspended ? [{ status: "suspended" as const, effectiveAt: a.suspended.at, recordedAt: a.suspended.at, reason: a.suspended.reason, byUserId: grantedBy.userId, byName: grantedBy.name }] : []),
          ],
        },
      },
    });
    await audit("authorization.create", "Authorization", created.id, { task: a.task, location: a.location, from: a.from, suspended: a.suspended ?? null }, { personId: created.personId, locationId: created.locationId });
  }

  for (const r of data.records) {
    const validator = r.validator ? person(r.validator) : null;
    const created = await tx.trainingRecord.create({
      data: {
        lineageId: newId(),
        version: 1,
        personId: person(r.person).personId,
        kind: r.kind,
        title: r.title,
        trainingProvider: r.provider ?? null,
        hours: r.hours ?? null,
        procedureCount: r.procedures ?? null,
        certificationType: r.certificationType ?? null,
        completedOn: day(r.completed),
        expiresOn: r.expires ? day(r.expires) : null,
        validatedById: validator?.personId ?? null,
        validationMethod: r.method ?? null,
        validatedAt: validator ? r.completed : null,
        attestation: validator ? `I observed ${person(r.person).name} perform ${r.title.toLowerCase().replace(/ competency.*$/, "")} competently.` : null,
        recordedAt: r.completed,
        recordedById: admin.userId,
        tasks: { create: r.tasks.map((code) => ({ taskId: task(code) })) },
      },
    });
    await audit("trainingRecord.create", "TrainingRecord", created.id, { kind: r.kind, title: r.title, tasks: r.tasks }, { personId: created.personId });
  }

  for (const a of data.arrangements) {
    const [startH, startM] = a.start.split(":").map(Number) as [number, number];
    const [endH, endM] = a.end.split(":").map(Number) as [number, number];
    const created = await tx.supervisionArrangement.create({
      data: {
        lineageId: newId(),
        version: 1,
        locationId: ids.locationIds.get(a.location)!,
        supervisorId: person(a.supervisor).personId,
        level: a.level,
        allMedicalAssistants: true,
        allClinicalTasks: !a.tasks,
        effectiveFrom: day(a.from),
        recordedAt: a.from,
        recordedById: admin.userId,
        tasks: { create: (a.tasks ?? []).map((code) => ({ taskId: task(code) })) },
        windows: { create: a.days.map((weekday) => ({ weekday, startMinute: startH * 60 + startM, endMinute: endH * 60 + endM })) },
      },
    });
    await audit("supervisionArrangement.create", "SupervisionArrangement", created.id, a, { locationId: created.locationId });
  }

  for (const e of data.exceptions) {
    const locationId = ids.locationIds.get(e.location)!;
    const created = await tx.supervisionException.create({
      data: {
        lineageId: newId(),
        version: 1,
        locationId,
        kind: e.kind,
        providerId: person(e.provider).personId,
        startsAt: startOfLocalDay(e.firstDay, DEMO_ORGANIZATION.timeZone),
        endsAt: endOfLocalDay(e.lastDay, DEMO_ORGANIZATION.timeZone),
        allDay: true,
        reason: e.reason,
        recordedAt: ids.now,
        recordedById: admin.userId,
      },
    });
    await audit("supervisionException.create", "SupervisionException", created.lineageId, e, { locationId });
  }
}
