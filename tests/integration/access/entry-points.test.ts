import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { AUTHORIZATION_MATRIX, SUBJECTS, type Subject } from "@/lib/access/matrix";
import type { ActionState } from "@/lib/auth/action-client";
import * as arrangementActions from "@/lib/arrangement/actions";
import * as auditActions from "@/lib/audit/actions";
import * as authorizationActions from "@/lib/authorization/actions";
import * as exceptionActions from "@/lib/exception/actions";
import * as presenceActions from "@/lib/presence/actions";
import * as locationActions from "@/lib/location/actions";
import * as notificationActions from "@/lib/notification/actions";
import * as organizationActions from "@/lib/organization/actions";
import * as personActions from "@/lib/person/actions";
import * as policyActions from "@/lib/policy/actions";
import * as recordActions from "@/lib/record/actions";
import * as ruleActions from "@/lib/rule/actions";
import * as secondFactorActions from "@/lib/second-factor/actions";
import * as taskActions from "@/lib/task/actions";
import * as tokenActions from "@/lib/token/actions";
import * as userActions from "@/lib/user/actions";
import { GET as clearancesApi } from "@/app/api/v1/clearances/route";
import { GET as whoCanV1Api } from "@/app/api/v1/who-can/route";
import { GET as meApi } from "@/app/api/me/route";
import { GET as evidenceApi } from "@/app/api/evidence/[fileId]/route";
import { POST as importApi } from "@/app/api/import/[kind]/route";
import { GET as exportRecordsApi } from "@/app/api/export/records/route";
import { GET as exportCountApi } from "@/app/api/export/records/count/route";
import { GET as exportLookupApi } from "@/app/api/export/lookup/route";
import { GET as peopleExportApi } from "@/app/api/people/export/route";
import { GET as auditEventsApi } from "@/app/api/audit/events/route";
import { GET as auditHeadApi } from "@/app/api/audit/head/route";
import { GET as asOfApi } from "@/app/api/reports/as-of/route";
import { GET as whoCanApi } from "@/app/api/reports/who-can/route";
import { GET as decisionsApi } from "@/app/api/reports/decisions/route";
import { GET as openNoticeRoute } from "@/app/(app)/notifications/[noticeId]/open/route";
import { FACTORY_PASSWORD, makeApiToken, makeLocation, makePerson, makeUser, type GrantSpec } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Every server action and protected route handler, called for real as every kind of user against
 * the object each matrix cell talks about: allowed calls get past the guard (whatever the handler
 * then decides), refused ones answer not-found (or unauthenticated) and change nothing.
 */
type Scope = "own" | "otherPerson" | "otherLocation";
type World = { home: string; other: string; provider: string };
type Victim = { id: string; personId: string; locationId: string };
type Victims = Record<Scope, Victim>;
type Action = (state: ActionState<unknown> | undefined, payload: Record<string, unknown>) => Promise<ActionState<unknown>>;

const ACTIONS = Object.assign(
  {},
  userActions,
  authorizationActions,
  recordActions,
  arrangementActions,
  policyActions,
  ruleActions,
  taskActions,
  locationActions,
  auditActions,
  personActions,
  exceptionActions,
  presenceActions,
  notificationActions,
  tokenActions,
  organizationActions,
  secondFactorActions,
) as unknown as Record<string, Action>;

const unique = () => Math.random().toString(36).slice(2, 10);

async function recordFor(victim: Victim) {
  const lineageId = newId();
  const record = await prisma.trainingRecord.create({ data: { lineageId, version: 1, personId: victim.personId, kind: "training", title: "Course", completedOn: new Date("2026-01-05"), tasks: { create: [{ taskId: "taskvenipuncture" }] } } });
  return { lineageId, recordId: record.id };
}

/** What each action is called with, aimed at the object a matrix cell talks about. */
const INPUTS: Record<string, (world: World, target: Victim) => Promise<Record<string, unknown>>> = {
  createUserAction: async (world) => ({ firstName: "New", lastName: "Hire", email: `hire${unique()}@example.org`, employmentStart: "2026-01-05", roles: "medical_assistant", workLocationIds: world.home }),
  updateAccessAction: async (_world, target) => ({ userId: target.id, version: String((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).version), roles: "medical_assistant" }),
  setUserActiveAction: async (_world, target) => ({ userId: target.id, active: "false" }),
  resetPasswordAction: async (_world, target) => ({ userId: target.id }),
  verifySignInCodeAction: async () => ({ code: "123456" }),
  confirmSetupAction: async () => ({ code: "123456" }),
  completeSetupAction: async () => ({ proof: "not-a-proof" }),
  renewRecoveryCodesAction: async () => ({}),
  turnOffSecondFactorAction: async () => ({ code: "123456" }),
  resetSecondFactorAction: async (_world, target) => ({ userId: target.id, reason: "Lost phone" }),
  createTokenAction: async (world) => ({ name: "Scheduler", scopes: "clearances:read", locationIds: world.home, expiresInDays: "30" }),
  revokeTokenAction: async () => ({ tokenId: (await makeApiToken()).id }),
  createSignInAction: async (world) => ({ personId: (await makePerson({ locationIds: [world.home] })).id, email: `signin${unique()}@example.org`, roles: "medical_assistant" }),
  saveSsoSettingsAction: async () => {
    const organization = await prisma.organization.findFirstOrThrow();
    return { ssoCreatesUsers: organization.ssoCreatesUsers ? "false" : "on", seenCreatesUsers: String(organization.ssoCreatesUsers), seenSsoOnly: String(organization.ssoOnly) };
  },
  createPersonAction: async (_world, target) => ({ locationId: target.locationId, firstName: "New", lastName: "Person", kind: "medical_assistant", from: "2026-01-05" }),
  updatePersonAction: async (_world, target) => ({ personId: target.personId, version: String((await prisma.person.findUniqueOrThrow({ where: { id: target.personId } })).version), firstName: "Renamed", lastName: "Person" }),
  changeTierAction: async (_world, target) => ({ personId: target.personId, version: String((await prisma.person.findUniqueOrThrow({ where: { id: target.personId } })).version), from: "2026-01-05", credentialTier: "ma_c" }),
  changeProviderTypeAction: async (_world, target) => ({ personId: target.personId, version: String((await prisma.person.findUniqueOrThrow({ where: { id: target.personId } })).version), from: "2026-01-05", providerType: "PA" }),
  addEmploymentAction: async (_world, target) => ({ personId: target.personId, locationId: target.locationId, from: "2030-01-01" }),
  changeEmploymentAction: async (_world, target) => {
    const period = await prisma.employment.findFirstOrThrow({ where: { personId: target.personId, locationId: target.locationId } });
    return { personId: target.personId, lineageId: period.lineageId, version: String(period.version), from: "2024-01-01", lastDay: "2029-12-31", reason: "Contract ends" };
  },
  changeOwnPasswordAction: async () => ({ currentPassword: FACTORY_PASSWORD, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
  setLanguageAction: async () => ({ language: "es" }),
  previewGrantAction: async (_world, target) => ({ locationId: target.locationId, personIds: target.personId, taskIds: "taskfrontdesk", effectiveFrom: "2026-01-05" }),
  grantAuthorizationsAction: async (_world, target) => ({ locationId: target.locationId, personIds: target.personId, taskIds: "taskfrontdesk", effectiveFrom: "2026-01-05" }),
  changeAuthorizationStatusAction: async (_world, target) => {
    const authorization = await prisma.authorization.create({ data: { personId: target.personId, taskId: "taskvitals", locationId: target.locationId, effectiveFrom: new Date(`2025-0${1 + Math.floor(Math.random() * 9)}-0${1 + Math.floor(Math.random() * 9)}T08:00:00Z`), grantedById: "seed", grantedByName: "Seed" } });
    return { authorizationId: authorization.id, version: "1", change: "suspend", reason: "Test" };
  },
  createRecordAction: async (_world, target) => ({ personId: target.personId, kind: "training", title: "Phlebotomy", taskIds: "taskvenipuncture", completedOn: "2026-01-05" }),
  withdrawRecordAction: async (_world, target) => ({ ...(await recordFor(target)), personId: target.personId, version: "1", fromMode: "start", reason: "Entered for the wrong person" }),
  correctRecordAction: async (_world, target) => ({ ...(await recordFor(target)), personId: target.personId, version: "1", kind: "training", title: "Phlebotomy, corrected", taskIds: "taskvenipuncture", completedOn: "2026-01-05", reason: "Typo" }),
  validateCompetencyAction: async (_world, target) => ({ personId: target.personId, locationId: target.locationId, taskIds: "taskvenipuncture", method: "direct_observation", observedOn: "2026-01-05", attest: "on" }),
  saveArrangementAction: async (world, target) => ({ locationId: target.locationId, supervisorId: world.provider, level: "on_premises", superviseeMode: "all", taskMode: "all_clinical", effectiveFrom: "2026-01-05", windowDay: "1", windowStart: "08:00", windowEnd: "17:00" }),
  saveExceptionAction: async (world, target) => ({ locationId: target.locationId, kind: "absence", providerId: world.provider, span: "days", fromDate: "2031-03-03", reason: "Vacation" }),
  saveOwnAbsenceAction: async (_world, target) => ({ locationId: target.locationId, kind: "absence", providerId: target.personId, span: "days", fromDate: "2031-02-02", reason: "Vacation" }),
  recordPresenceAction: async (_world, target) => ({ locationId: target.locationId, providerId: target.personId, kind: "check_in" }),
  savePolicyAction: async () => ({ taskId: "taskvitals", maMayPerform: "on", requiresCompetency: "on", effectiveFrom: "2026-01-05" }),
  saveRuleAction: async () => ({ state: "OR", taskId: "taskvitals", outcome: "allowed", supervisionLevel: "on_premises", citation: "ORS 1", sourceUrl: "https://example.org/ors", effectiveFrom: "2026-01-05", lastVerifiedOn: "2026-01-05" }),
  verifyRuleAction: async () => {
    const rule = await prisma.stateRule.create({ data: { lineageId: newId(), version: 1, state: "OR", taskId: "taskvitals", outcome: "allowed", supervisionLevel: "on_premises", citation: "ORS 1", sourceUrl: "https://example.org/ors", effectiveFrom: new Date("2026-01-01T08:00:00Z"), lastVerifiedOn: new Date("2026-01-01"), lastVerifiedBy: "Seed" } });
    return { lineageId: rule.lineageId, version: "1", verifies: "1" };
  },
  createTaskAction: async () => ({ code: `task_${unique()}`, name: `Task ${unique()}`, category: "clinical", description: "A task" }),
  updateTaskAction: async () => ({ taskId: "taskspecimens", version: String((await prisma.task.findUniqueOrThrow({ where: { id: "taskspecimens" } })).version), name: "Collecting specimens", description: "Collecting specimens." }),
  retireTaskAction: async () => {
    const task = await prisma.task.create({ data: { code: `throwaway_${unique()}`, name: "Throwaway", category: "clinical", description: "x" } });
    return { taskId: task.id, version: "1", retire: "true" };
  },
  saveLocationAction: async () => ({ name: `Clinic ${unique()}`, address: "1 Test St", state: "OR", timeZone: "America/Los_Angeles" }),
  verifyAuditHeadAction: async () => ({ statement: JSON.stringify({ format: "cleared-audit-head/1", lastSeq: 1, statementSha256: "0".repeat(64) }) }),
  savePreferencesAction: async () => ({ signoff_waiting: "weekly" }),
  markNoticesReadAction: async () => ({}),
  requestSignOffAction: async (_world, target) => ({ personId: target.personId, locationId: target.locationId, taskId: "taskvenipuncture" }),
  retryMessageAction: async (_world, target) => {
    const message = await prisma.message.create({ data: { userId: target.id, toAddress: "someone@example.org", cadence: "daily", periodKey: `day:${unique()}`, subject: "Cleared", text: "x", html: "x", status: "failed", attempts: 5, lastError: "550 No such user" } });
    return { messageId: message.id };
  },
};

/** Route handlers, called with a request aimed at the object a matrix cell talks about; allowed means 200. */
const ROUTES: Record<string, (target: Victim) => Promise<Response>> = {
  "GET /api/v1/clearances": (target) => clearancesApi(new Request(`http://test/api/v1/clearances?person=${target.personId}&location=${target.locationId}&task=taskfrontdesk`)),
  "GET /api/evidence/[fileId]": async (target) => {
    const { lineageId, recordId } = await recordFor(target);
    const file = await prisma.evidenceFile.create({ data: { lineageId, recordId, fileName: "cert.pdf", contentType: "application/pdf", sizeBytes: 8, sha256: "0".repeat(64), data: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]) } });
    return evidenceApi(new Request(`http://test/api/evidence/${file.id}`), { params: Promise.resolve({ fileId: file.id }) });
  },
  "GET /api/export/records": (target) => exportRecordsApi(new Request(`http://test/api/export/records?location=${target.locationId}`)),
  "GET /api/export/records/count": (target) => exportCountApi(new Request(`http://test/api/export/records/count?location=${target.locationId}`)),
  "GET /api/export/lookup": () => exportLookupApi(new Request(`http://test/api/export/lookup?sha256=${"a".repeat(64)}`)),
  "GET /api/people/export": (target) => peopleExportApi(new Request(`http://test/api/people/export?person=${target.personId}`)),
  "POST /api/import/[kind]": (target) => {
    const form = new FormData();
    form.set("locationId", target.locationId);
    form.set("file", new File(["employee_id,kind,title,completed_on\r\nX1,training,Course,2026-01-05\r\n"], "records.csv", { type: "text/csv" }));
    return importApi(new Request("http://test/api/import/training", { method: "POST", body: form }), { params: Promise.resolve({ kind: "training" }) });
  },
  "GET /api/audit/events": () => auditEventsApi(new Request("http://test/api/audit/events?action=access.denied")),
  "GET /api/audit/head": () => auditHeadApi(new Request("http://test/api/audit/head")),
  "GET /api/reports/as-of": (target) => asOfApi(new Request(`http://test/api/reports/as-of?location=${target.locationId}`)),
  "GET /api/v1/who-can": (target) => whoCanV1Api(new Request(`http://test/api/v1/who-can?location=${target.locationId}&task=taskfrontdesk`)),
  "GET /api/me": () => meApi(new Request("http://test/api/me")),
  "GET /api/reports/who-can": (target) => whoCanApi(new Request(`http://test/api/reports/who-can?location=${target.locationId}&task=taskfrontdesk`)),
  "GET /api/reports/decisions": (target) => decisionsApi(new Request(`http://test/api/reports/decisions?location=${target.locationId}`)),
  "GET /notifications/[noticeId]/open": async (target) => {
    const notice = await prisma.notice.create({ data: { userId: target.id, kind: "record_expiring", itemId: unique(), threshold: "30", urgency: 30, title: "Expiring", detail: "Renew it", link: `/people/${target.personId}`, cadence: "daily" } });
    return openNoticeRoute(new Request(`http://test/notifications/${notice.id}/open`), { params: Promise.resolve({ noticeId: notice.id }) });
  },
};

/** Route handlers called with parameters no route accepts, to show that authentication comes before any of them is read. */
const BAD_REQUESTS: Record<string, () => Promise<Response>> = {
  "GET /api/v1/clearances": () => clearancesApi(new Request("http://test/api/v1/clearances?person=%27&at=yesterday")),
  "GET /api/evidence/[fileId]": () => evidenceApi(new Request("http://test/api/evidence/..%2F"), { params: Promise.resolve({ fileId: "../" }) }),
  "GET /api/export/records": () => exportRecordsApi(new Request("http://test/api/export/records?location=%27&format=exe")),
  "GET /api/export/records/count": () => exportCountApi(new Request("http://test/api/export/records/count?status=sideways")),
  "GET /api/export/lookup": () => exportLookupApi(new Request("http://test/api/export/lookup?sha256=nothex")),
  "GET /api/people/export": () => peopleExportApi(new Request("http://test/api/people/export?person=%27")),
  "POST /api/import/[kind]": () => importApi(new Request("http://test/api/import/nonsense", { method: "POST", body: "not a form" }), { params: Promise.resolve({ kind: "nonsense" }) }),
  "GET /api/audit/events": () => auditEventsApi(new Request("http://test/api/audit/events?from=yesterday")),
  "GET /api/audit/head": () => auditHeadApi(new Request("http://test/api/audit/head?x=%27")),
  "GET /api/reports/as-of": () => asOfApi(new Request("http://test/api/reports/as-of?date=2026-02-30")),
  "GET /api/v1/who-can": () => whoCanV1Api(new Request("http://test/api/v1/who-can?at=yesterday")),
  "GET /api/me": () => meApi(new Request("http://test/api/me?x=%00")),
  "GET /api/reports/who-can": () => whoCanApi(new Request("http://test/api/reports/who-can?time=25:99")),
  "GET /api/reports/decisions": () => decisionsApi(new Request("http://test/api/reports/decisions?answer=maybe")),
  "GET /notifications/[noticeId]/open": () => openNoticeRoute(new Request("http://test/notifications/x/open"), { params: Promise.resolve({ noticeId: "%27" }) }),
};

/** What an allowed call answers, when it is not 200: opening a notice goes on to its page. */
const ALLOWED_STATUS: Record<string, number> = { "GET /notifications/[noticeId]/open": 303 };

const GRANTS = (world: World): Record<Exclude<Subject, "anonymous">, GrantSpec[]> => ({
  admin: [{ role: "admin" }],
  manager: [{ role: "manager", locationId: world.home }],
  medical_assistant: [{ role: "medical_assistant" }],
  auditor: [{ role: "auditor" }],
  auditor_scoped: [{ role: "auditor", locationId: world.home }],
  validator: [{ role: "validator", locationId: world.home }],
});

let world: World;
beforeAll(async () => {
  const home = (await makeLocation({ name: "Home Clinic" })).id;
  const other = (await makeLocation({ name: "Other Clinic" })).id;
  const provider = (await makePerson({ providerType: "MD", locationIds: [home, other] })).id;
  world = { home, other, provider };
});

async function victim(locationId: string): Promise<Victim> {
  const { user, person } = await makeUser({ locationIds: [locationId] });
  return { id: user.id, personId: person.id, locationId };
}

async function victimsFor(actor: Awaited<ReturnType<typeof makeUser>> | null): Promise<Victims> {
  return {
    own: actor ? { id: actor.user.id, personId: actor.person.id, locationId: world.home } : await victim(world.home),
    otherPerson: await victim(world.home),
    otherLocation: await victim(world.other),
  };
}

async function actorFor(subject: Subject) {
  return subject === "anonymous" ? null : makeUser({ grants: GRANTS(world)[subject], locationIds: [world.home] });
}

const changes = () => prisma.auditEvent.count({ where: { action: { not: "access.denied" } } });
const scopesOf = (target: string): Scope[] => (target === "person" || target === "location" ? ["own", "otherPerson", "otherLocation"] : ["own"]);
const actionRows = AUTHORIZATION_MATRIX.filter((row) => !row.entry.includes(" "));
const routeRows = AUTHORIZATION_MATRIX.filter((row) => /^(GET|POST|PUT|PATCH|DELETE) /.test(row.entry) && row.requires !== "public");

describe("server actions enforce the authorization matrix when called directly", () => {
  it("every server action in the matrix can be exercised here", () => {
    for (const row of actionRows) {
      expect(ACTIONS[row.entry], `${row.entry} is exported from an actions.ts imported by this test`).toBeTypeOf("function");
      expect(INPUTS[row.entry], `${row.entry} has an input builder in this test`).toBeTypeOf("function");
    }
  });

  for (const row of actionRows) {
    for (const subject of SUBJECTS) {
      for (const scope of scopesOf(row.target)) {
        const expected = row.expect[subject][scope];
        it(`${row.entry}: ${subject} on ${scope} → ${expected}`, async () => {
          const actor = await actorFor(subject);
          const victims = await victimsFor(actor);
          const input = await INPUTS[row.entry]!(world, victims[scope]);
          await signInAs(actor ? actor.user : null);
          const before = await changes();
          const state = await ACTIONS[row.entry]!(undefined, input);
          if (expected === "deny") {
            expect(state).toMatchObject({ status: "error", code: subject === "anonymous" ? "UNAUTHENTICATED" : "NOT_FOUND" });
            expect(await changes(), "a refused call changes nothing").toBe(before);
          } else {
            expect(state.status === "error" ? state.code : "ok", JSON.stringify(state)).not.toMatch(/NOT_FOUND|UNAUTHENTICATED|INTERNAL/);
          }
          jar.session = null;
        });
      }
    }
  }
});

describe("route handlers enforce the authorization matrix", () => {
  it("every protected route in the matrix can be exercised here", () => {
    for (const row of routeRows) expect(ROUTES[row.entry], `${row.entry} has a caller in this test`).toBeTypeOf("function");
  });

  for (const row of routeRows) {
    for (const subject of SUBJECTS) {
      for (const scope of scopesOf(row.target)) {
        const expected = row.expect[subject][scope];
        it(`${row.entry}: ${subject} on ${scope} → ${expected}`, async () => {
          const actor = await actorFor(subject);
          const victims = await victimsFor(actor);
          await signInAs(actor ? actor.user : null);
          const response = await ROUTES[row.entry]!(victims[scope]);
          if (expected === "allow") expect(response.status).toBe(ALLOWED_STATUS[row.entry] ?? 200);
          else expect(response.status).toBe(subject === "anonymous" ? 401 : 404);
          await response.body?.cancel();
          jar.session = null;
        });
      }
    }
  }
});

describe("route handlers authenticate before they read any parameter", () => {
  for (const row of routeRows) {
    it(`${row.entry} without a session and with bad parameters → 401`, async () => {
      await signInAs(null);
      const call = BAD_REQUESTS[row.entry];
      expect(call, `${row.entry} has a bad request in this test`).toBeTypeOf("function");
      const response = await call!();
      expect(response.status).toBe(401);
      await response.body?.cancel();
    });
  }
});
