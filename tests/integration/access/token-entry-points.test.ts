import { beforeAll, describe, expect, it, vi } from "vitest";
import { TOKEN_MATRIX, TOKEN_SUBJECT_GRANTS, TOKEN_SUBJECTS } from "@/lib/access/matrix";
import { SCOPES } from "@/lib/token/scope";
import { GET as clearancesApi } from "@/app/api/v1/clearances/route";
import { GET as whoCanV1Api } from "@/app/api/v1/who-can/route";
import { GET as whoCanReportApi } from "@/app/api/reports/who-can/route";
import { GET as exportRecordsApi } from "@/app/api/export/records/route";
import { GET as auditEventsApi } from "@/app/api/audit/events/route";
import { makeApiToken, makeLocation, makePerson } from "@/tests/support/factories";
import { jar } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

/**
 * API tokens as actors, called for real against every /api/v1 route: each kind of token (one scope,
 * unlimited or limited to the home location) on an object at home and at another location. Allowed
 * calls answer 200, refused ones 403; routes outside /api/v1 do not take tokens at all (401).
 */
type World = { home: string; other: string };
type Cell = "home" | "otherLocation";
const bearer = (secret: string) => ({ headers: { Authorization: `Bearer ${secret}` } });

const ROUTES: Record<string, (secret: string, locationId: string, personId: string) => Promise<Response>> = {
  "GET /api/v1/clearances": (secret, locationId, personId) => clearancesApi(new Request(`http://test/api/v1/clearances?person=${personId}&location=${locationId}&task=taskfrontdesk`, bearer(secret))),
  "GET /api/v1/who-can": (secret, locationId) => whoCanV1Api(new Request(`http://test/api/v1/who-can?location=${locationId}&task=taskfrontdesk`, bearer(secret))),
};

let world: World;
const people: Partial<Record<Cell, string>> = {};
beforeAll(async () => {
  jar.session = null;
  world = { home: (await makeLocation({ name: "Home Clinic" })).id, other: (await makeLocation({ name: "Other Clinic" })).id };
  people.home = (await makePerson({ locationIds: [world.home] })).id;
  people.otherLocation = (await makePerson({ locationIds: [world.other] })).id;
});

describe("route handlers enforce the token cells of the authorization matrix", () => {
  it("every /api/v1 route in the token matrix can be exercised here", () => {
    for (const row of TOKEN_MATRIX) expect(ROUTES[row.entry], `${row.entry} has a caller in this test`).toBeTypeOf("function");
  });

  for (const row of TOKEN_MATRIX) {
    for (const subject of TOKEN_SUBJECTS) {
      for (const cell of ["home", "otherLocation"] as const) {
        const expected = row.expect[subject][cell];
        it(`${row.entry}: token ${subject} at ${cell} → ${expected}`, async () => {
          const { scopes, limited } = TOKEN_SUBJECT_GRANTS[subject];
          const token = await makeApiToken({ scopes, locationIds: limited ? [world.home] : [] });
          const response = await ROUTES[row.entry]!(token.secret, cell === "home" ? world.home : world.other, people[cell]!);
          expect(response.status).toBe(expected === "allow" ? 200 : 403);
          await response.body?.cancel();
        });
      }
    }
  }
});

describe("routes outside /api/v1 take no tokens", () => {
  it.each([
    ["GET /api/reports/who-can", (secret: string) => whoCanReportApi(new Request(`http://test/api/reports/who-can?location=${world.home}&task=taskfrontdesk`, bearer(secret)))],
    ["GET /api/export/records", (secret: string) => exportRecordsApi(new Request(`http://test/api/export/records?location=${world.home}`, bearer(secret)))],
    ["GET /api/audit/events", (secret: string) => auditEventsApi(new Request("http://test/api/audit/events", bearer(secret)))],
  ])("%s answers 401 to a token with every scope", async (_entry, call) => {
    const token = await makeApiToken({ scopes: [...SCOPES] });
    const response = await call(token.secret);
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });
});
