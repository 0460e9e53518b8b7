import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEvent, verifyChain, type ChainedContent, type ChainedEvent } from "@/lib/audit/chain";
import { canonicalJson } from "@/lib/json/canonical";

function makeContent(overrides: Partial<ChainedContent> = {}): ChainedContent {
  return {
    occurredAt: new Date("2026-03-14T17:40:00.000Z"),
    actorUserId: "useradmin01",
    actorLabel: "admin@example.org",
    action: "user.create",
    entityType: "User",
    entityId: "usernew0001",
    personId: "personnew01",
    locationId: null,
    before: null,
    after: { email: "new@example.org", grants: [{ role: "manager", locationId: "loc1" }] },
    ip: "203.0.113.9",
    userAgent: "test",
    ...overrides,
  };
}

function makeChain(contents: ChainedContent[]): ChainedEvent[] {
  let prevHash = GENESIS_HASH;
  return contents.map((content, i) => {
    const hash = hashEvent(prevHash, content);
    const event = { ...content, seq: i + 1, prevHash, hash };
    prevHash = hash;
    return event;
  });
}

const chain = () => makeChain([makeContent(), makeContent({ action: "user.deactivate", after: { active: false } }), makeContent({ action: "auth.sign_in" })]);

describe("audit hash chain", () => {
  it("reports an untouched chain as intact with its count and head", () => {
    const events = chain();
    expect(verifyChain(events)).toEqual({ count: 3, headHash: events[2]!.hash, headSeq: 3, firstBreak: null });
  });

  it("detects an edited event at that event", () => {
    const events = chain();
    events[1] = { ...events[1]!, after: { active: true } };
    expect(verifyChain(events).firstBreak).toEqual({ seq: 2, reason: "hash_mismatch" });
  });

  it("detects a deleted event at the event after it", () => {
    const events = chain();
    events.splice(1, 1);
    expect(verifyChain(events).firstBreak).toEqual({ seq: 3, reason: "prev_hash_mismatch" });
  });

  it("detects an inserted event", () => {
    const events = chain();
    const forged = { ...makeContent({ action: "user.grant_admin" }), seq: 2, prevHash: events[0]!.hash, hash: hashEvent(events[0]!.hash, makeContent({ action: "user.grant_admin" })) };
    events.splice(1, 0, forged);
    expect(verifyChain(events).firstBreak).toEqual({ seq: 2, reason: "prev_hash_mismatch" });
  });

  it("does not depend on the order of keys in before/after", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } }, "property")).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(hashEvent(GENESIS_HASH, makeContent({ after: { x: 1, y: 2 } }))).toBe(hashEvent(GENESIS_HASH, makeContent({ after: { y: 2, x: 1 } })));
  });

  it("ignores fields other than the event's content (a stored row's seq and hash)", () => {
    const [event] = chain();
    expect(hashEvent(event!.prevHash, event!)).toBe(event!.hash);
  });

  const jsonValue = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)));
  const field = fc.constantFrom<keyof ChainedContent>("occurredAt", "actorUserId", "actorLabel", "action", "entityType", "entityId", "personId", "locationId", "before", "after", "ip", "userAgent");

  it("detects any change to any field of any single event", () => {
    fc.assert(
      fc.property(fc.array(jsonValue, { minLength: 1, maxLength: 6 }), fc.nat(), field, fc.string({ minLength: 1 }), (payloads, pick, key, replacement) => {
        const events = makeChain(payloads.map((after) => makeContent({ after })));
        const index = pick % events.length;
        const original = events[index]!;
        const tampered =
          key === "occurredAt"
            ? new Date(original.occurredAt.getTime() + 1)
            : key === "before" || key === "after"
              ? { tampered: replacement, original: original[key] }
              : `${original[key] ?? ""}${replacement}`;
        const changed = { ...original, [key]: tampered };
        events[index] = changed as ChainedEvent;
        expect(verifyChain(events).firstBreak?.seq).toBe(index + 1);
      }),
    );
  });
});
