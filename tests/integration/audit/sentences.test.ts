import { beforeAll, describe, expect, it } from "vitest";
import { auditNames, EVERY_NAME, personHistory, recentAuditEvents, type NameScope } from "@/lib/audit/data";
import { appendAuditEvents, type AuditContext, type AuditEntry } from "@/lib/audit/mutations";
import { describeEvent } from "@/lib/audit/sentence";
import { prisma } from "@/lib/db/client";
import { makeLocation, makeOrganization, makePerson, makeUser } from "@/tests/support/factories";
import { countQueries, testEngine } from "@/tests/support/test-database";

const ZONE = "America/Los_Angeles";
let ids: { oakland: string; boston: string; maria: string; bob: string; taskId: string };
let taskName: string;
let contexts: { oaklandManager: AuditContext; bostonManager: AuditContext; admin: AuditContext };
let oaklandScope: NameScope & { locations: string[] };

const contextOf = (user: { id: string; email: string }): AuditContext => ({ actorUserId: user.id, actorLabel: user.email, ip: null, userAgent: null });
const grant = (personId: string, locationId: string, taskId: string): AuditEntry => ({ action: "authorization.grant", entityType: "Authorization", personId, locationId, after: [{ taskId, effectiveFrom: "2026-12-01T00:00:00.000Z" }] });
const append = (context: AuditContext, entries: AuditEntry[]) => prisma.$transaction((tx) => appendAuditEvents(tx, context, entries));

beforeAll(async () => {
  await makeOrganization();
  const oakland = await makeLocation({ name: "Oakland Clinic" });
  const boston = await makeLocation({ name: "Boston Clinic", state: "MA", timeZone: "America/New_York" });
  const maria = await makePerson({ firstName: "Maria", lastName: "Gonzalez", locationIds: [oakland.id, boston.id] });
  const bob = await makePerson({ firstName: "Bob", lastName: "Bostonian", locationIds: [boston.id] });
  const oaklandManager = await makeUser({ grants: [{ role: "manager", locationId: oakland.id }], locationIds: [oakland.id] });
  await prisma.person.update({ where: { id: oaklandManager.person.id }, data: { firstName: "Olivia", lastName: "Chen" } });
  const bostonManager = await makeUser({ grants: [{ role: "manager", locationId: boston.id }], locationIds: [boston.id], email: "boston.manager@example.org" });
  await prisma.person.update({ where: { id: bostonManager.person.id }, data: { firstName: "Barbara", lastName: "Secret" } });
  const admin = await makeUser({ grants: [{ role: "admin" }] });
  const task = await prisma.task.findUniqueOrThrow({ where: { code: "vitals" } });
  taskName = task.name;
  ids = { oakland: oakland.id, boston: boston.id, maria: maria.id, bob: bob.id, taskId: task.id };
  contexts = { oaklandManager: contextOf(oaklandManager.user), bostonManager: contextOf(bostonManager.user), admin: contextOf(admin.user) };
  oaklandScope = { locations: [oakland.id], peopleAt: [oakland.id], people: [oaklandManager.person.id, maria.id] };

  await append(contexts.bostonManager, [grant(maria.id, boston.id, task.id), grant(bob.id, boston.id, task.id)]);
  await append(contexts.oaklandManager, [grant(maria.id, oakland.id, task.id)]);
  await append(contexts.admin, [{ action: "person.update", entityType: "Person", entityId: maria.id, personId: maria.id, after: { firstName: "Maria" } }]);
});

describe(`audit sentences (${testEngine})`, () => {
  it("names everyone for an organization-wide reader, in each location's own time zone", async () => {
    const events = await recentAuditEvents({ limit: 4 });
    const names = await auditNames(events, EVERY_NAME);
    const described = events.map((e) => describeEvent(e, names, ZONE));
    expect(described.map((d) => d.sentence)).toContain(`Olivia Chen authorized Maria Gonzalez for ${taskName} at Oakland Clinic, effective 1 Dec 2026.`);
    expect(described.map((d) => d.sentence)).toContain(`Barbara Secret authorized Bob Bostonian for ${taskName} at Boston Clinic, effective 1 Dec 2026.`);
    const boston = described.find((d) => d.sentence.includes("Boston Clinic"))!;
    expect(boston.when.timeZone).toBe("America/New_York");
  });

  it("loads names with one statement per kind, however many events", async () => {
    const few = await recentAuditEvents({ limit: 2 });
    const many = await recentAuditEvents({ limit: 4 });
    const { queries: forFew } = await countQueries(() => auditNames(few, EVERY_NAME));
    const { queries: forMany } = await countQueries(() => auditNames(many, EVERY_NAME));
    expect(forMany).toBeLessThanOrEqual(5);
    expect(forMany).toBe(forFew);
  });

  it("a person's history leaves out what happened at a location out of the viewer's reach", async () => {
    const history = await personHistory(ids.maria, oaklandScope, ZONE);
    const sentences = history.map((h) => h.described.sentence);
    expect(sentences).toContain(`Olivia Chen authorized Maria Gonzalez for ${taskName} at Oakland Clinic, effective 1 Dec 2026.`);
    expect(sentences.join(" ")).not.toMatch(/Boston|Barbara|Secret/);
    expect(sentences.some((s) => s.includes("changed Maria Gonzalez’s name or employee ID"))).toBe(true);
  });

  it("never names a person, user or location outside the viewer's scope", async () => {
    const events = await recentAuditEvents({ limit: 4 });
    const names = await auditNames(events, oaklandScope);
    expect([...names.people.values()]).not.toContain("Bob Bostonian");
    expect([...names.users.values()]).not.toContain("Barbara Secret");
    expect([...names.locations.keys()]).toEqual([ids.oakland]);
    const bobsGrant = events.find((e) => e.personId === ids.bob)!;
    expect(describeEvent(bobsGrant, names, ZONE).sentence).toBe(`boston.manager@example.org authorized someone for ${taskName} at another location, effective 1 Dec 2026.`);
  });
});
