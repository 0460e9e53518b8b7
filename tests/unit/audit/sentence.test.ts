import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "@/lib/audit/chain";
import { describeEvent, eventMoment, eventReferences, type AuditNames, type SentenceEvent } from "@/lib/audit/sentence";
import { AUDIT_ACTIONS, actionLabel, type AuditAction } from "@/lib/audit/wording";

const ORG_ZONE = "America/Los_Angeles";

function makeNames(overrides: Partial<AuditNames> = {}): AuditNames {
  return {
    users: new Map([["userolivia", "Olivia Chen"]]),
    people: new Map([
      ["personmaria", "Maria Gonzalez"],
      ["personolivia", "Olivia Chen"],
    ]),
    tasks: new Map([
      ["taskvenipuncture", "Venipuncture"],
      ["venipuncture", "Venipuncture"],
      ["taskinjection", "Intramuscular injection"],
      ["taskvitals", "Vital signs"],
      ["taskecg", "ECG"],
    ]),
    locations: new Map([
      ["locoakland", { name: "Oakland Clinic", timeZone: "America/Los_Angeles" }],
      ["locboston", { name: "Boston Clinic", timeZone: "America/New_York" }],
    ]),
    authorizationTasks: new Map([["authvenipuncture", "taskvenipuncture"]]),
    ...overrides,
  };
}

function makeEvent(overrides: Partial<SentenceEvent> = {}): SentenceEvent {
  return {
    action: "authorization.grant",
    occurredAt: "2026-12-01T17:14:00.000Z",
    actorUserId: "userolivia",
    actorLabel: "olivia.chen@cleared.example",
    entityType: "Authorization",
    entityId: null,
    personId: "personmaria",
    locationId: "locoakland",
    after: [{ id: "authvenipuncture", taskId: "taskvenipuncture", effectiveFrom: "2026-12-01T00:00:00.000Z", effectiveTo: null, conditions: null }],
    ...overrides,
  };
}

const sentence = (event: Partial<SentenceEvent>, names: AuditNames = makeNames()) => describeEvent(makeEvent(event), names, ORG_ZONE).sentence;

describe("describeEvent", () => {
  it("says who authorized whom for what, where and from when", () => {
    expect(sentence({})).toBe("Olivia Chen authorized Maria Gonzalez for Venipuncture at Oakland Clinic, effective 1 Dec 2026.");
  });

  it("reads a date column stored as midnight UTC as that calendar day, whatever the zone", () => {
    expect(sentence({ locationId: "locboston", after: [{ taskId: "taskvitals", effectiveFrom: "2027-01-01" }] })).toContain("effective 1 Jan 2027");
  });

  it("lists several tasks in words, and the rest as a count", () => {
    const granted = (ids: string[]) => sentence({ after: ids.map((taskId) => ({ taskId, effectiveFrom: "2026-12-01" })) });
    expect(granted(["taskvenipuncture", "taskinjection"])).toContain("for Venipuncture and Intramuscular injection at");
    expect(granted(["taskvenipuncture", "taskinjection", "taskvitals", "taskecg"])).toContain("for Venipuncture, Intramuscular injection and 2 other tasks at");
    const commas = makeNames({ tasks: new Map([["taskvitals", "Recording vital signs, height, and weight"], ["taskecg", "ECG"], ["taskinjection", "Injections"]]) });
    expect(sentence({ after: ["taskvitals", "taskecg", "taskinjection"].map((taskId) => ({ taskId })) }, commas)).toContain("for Recording vital signs, height, and weight; ECG and Injections at");
  });

  it("names the task of a status change through its authorization, with the reason", () => {
    const text = sentence({ action: "authorization.suspend", entityId: "authvenipuncture", after: { status: "suspended", reason: "Needs a refresher", effectiveAt: "2026-12-02T06:30:00.000Z" } });
    expect(text).toBe("Olivia Chen suspended Maria Gonzalez’s authorization for Venipuncture at Oakland Clinic, effective 1 Dec 2026 (reason: “Needs a refresher”).");
  });

  it("names the demo's tasks, which its events give by code", () => {
    const text = sentence({ action: "authorization.create", actorUserId: null, actorLabel: "demo seed", after: { task: "venipuncture", location: "oakland", from: "2024-03-01" } });
    expect(text).toBe("The demo data setup authorized Maria Gonzalez for Venipuncture at Oakland Clinic, effective 1 Mar 2024.");
  });

  it("never names a person, location or task the names leave out", () => {
    const withheld = makeNames({ people: new Map(), users: new Map(), locations: new Map(), authorizationTasks: new Map() });
    const text = sentence({ action: "authorization.revoke", entityId: "authvenipuncture", after: { status: "revoked", reason: "Left" } }, withheld);
    expect(text).toBe("olivia.chen@cleared.example revoked someone’s authorization at another location (reason: “Left”).");
    expect(text).not.toMatch(/Maria|Oakland|Venipuncture|Olivia Chen/);
  });

  it("gives system actors a readable name", () => {
    expect(sentence({ action: "decision_log.retention", actorUserId: null, actorLabel: "system", personId: null, locationId: null, after: {} })).toBe("Cleared removed clearance checks older than the retention period.");
    expect(sentence({ action: "token.create", actorUserId: null, actorLabel: "operator (token:create)", entityType: "ApiToken", personId: null, locationId: null, after: { name: "Payroll sync" } })).toBe("An operator (token:create) created the API token “Payroll sync”.");
  });

  it("tells the time in the zone of the event's location, else the organization's", () => {
    const at = (locationId: string | null) => describeEvent(makeEvent({ locationId }), makeNames(), ORG_ZONE).when;
    expect(at("locboston")).toEqual({ date: "1 Dec 2026", time: "12:14", zone: "EST", timeZone: "America/New_York" });
    expect(at(null)).toEqual({ date: "1 Dec 2026", time: "09:14", zone: "PST", timeZone: ORG_ZONE });
    // A location the viewer may not see gives away no zone either.
    expect(describeEvent(makeEvent({ locationId: "lochidden" }), makeNames(), ORG_ZONE).when.timeZone).toBe(ORG_ZONE);
  });

  it("shows a code from older data as a readable generic sentence", () => {
    const described = describeEvent(makeEvent({ action: "person.view", after: null }), makeNames(), ORG_ZONE);
    expect(described.label).toBe("Person view");
    expect(described.sentence).toBe("Olivia Chen recorded “Person view” about Maria Gonzalez at Oakland Clinic.");
  });

  it("never fails on any code or payload, and always says something", () => {
    const json: fc.Arbitrary<JsonValue> = fc.jsonValue() as fc.Arbitrary<JsonValue>;
    const codes = fc.oneof(fc.constantFrom(...(Object.keys(AUDIT_ACTIONS) as AuditAction[])), fc.string());
    fc.assert(
      fc.property(codes, json, fc.option(fc.string()), fc.option(fc.string()), (action, after, personId, locationId) => {
        const d = describeEvent(makeEvent({ action, after, personId, locationId }), makeNames(), ORG_ZONE);
        expect(d.sentence).toMatch(/\S.*\.$/);
        expect(d.sentence).not.toMatch(/undefined|\[object Object\]|\bnull\b/);
        expect(d.label.trim()).not.toBe("");
      }),
    );
  });

  it("quotes a long reason shortened, on one line", () => {
    const text = sentence({ action: "authorization.suspend", entityId: "authvenipuncture", after: { reason: `${"word ".repeat(60)}\n\nend` } });
    expect(text).toMatch(/reason: “(word ){23}word…”\)\.$/);
  });
});

describe("eventReferences", () => {
  it("collects each id once, for one load per kind", () => {
    const refs = eventReferences([
      makeEvent(),
      makeEvent({ action: "authorization.suspend", entityId: "authvenipuncture", after: { status: "suspended" } }),
      makeEvent({ action: "presence.check_in", entityType: "PresenceEvent", personId: null, after: { providerId: "personprovider" } }),
    ]);
    expect(refs).toEqual({
      userIds: ["userolivia"],
      personIds: ["personmaria", "personprovider"],
      taskRefs: ["taskvenipuncture"],
      locationIds: ["locoakland"],
      authorizationIds: ["authvenipuncture"],
    });
  });
});

describe("labels", () => {
  it("gives every code one label and a sentence that reads with or without names", () => {
    const bare = makeNames({ users: new Map(), people: new Map(), tasks: new Map(), locations: new Map(), authorizationTasks: new Map() });
    for (const action of Object.keys(AUDIT_ACTIONS) as AuditAction[]) {
      expect(actionLabel(action)).toBe(AUDIT_ACTIONS[action].label);
      for (const names of [makeNames(), bare]) {
        const text = describeEvent(makeEvent({ action, after: null }), names, ORG_ZONE).sentence;
        expect(text, action).toMatch(names === bare ? /^\S.*[^ ]\.$/ : /^[A-Z“].*[^ ]\.$/);
        expect(text, action).not.toMatch(/ {2}|undefined|\bnull\b| [,.]/);
      }
    }
  });

  it("never gives two codes the same label, so the filter's choices are told apart", () => {
    const labels = Object.values(AUDIT_ACTIONS).map((w) => w.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("formats a moment without the machine's own zone leaking in", () => {
    expect(eventMoment(new Date("2026-07-04T23:30:00Z"), "America/Los_Angeles")).toEqual({ date: "4 Jul 2026", time: "16:30", zone: "PDT", timeZone: "America/Los_Angeles" });
  });
});
