import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { governing, standing, timeline, type Version } from "@/lib/version/governing";
import { nextVersion } from "@/lib/version/edit";
import { english, spanish } from "@/tests/support/words";

/**
 * The version rule, against a small reference implementation written the obvious way: sort what
 * counts and take the last. Histories are generated as several versions of one lineage, with past
 * and future valid times, recorded in any order, some correcting an earlier version, some ending.
 */
function reference(versions: readonly Version[], at: string, knownAt: Date): Version | null {
  const known = versions.filter((v) => v.recordedAt <= knownAt);
  const counts = known.filter((v) => !known.some((c) => c.supersedes === v.version));
  const order = (a: Version, b: Version) => (a.effectiveFrom !== b.effectiveFrom ? (a.effectiveFrom < b.effectiveFrom ? -1 : 1) : a.recordedAt.getTime() - b.recordedAt.getTime() || a.version - b.version);
  const last = counts.filter((v) => v.effectiveFrom <= at).sort(order).at(-1);
  if (!last || (last.effectiveTo !== null && at >= last.effectiveTo)) return null;
  return last;
}

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 2, 10);
const iso = (day: number) => new Date(BASE + day * DAY).toISOString().slice(0, 10);
const day = fc.integer({ min: -400, max: 400 });

/** One lineage: up to 7 versions, numbered in the order they were recorded (as the app numbers them). */
const history = fc
  .array(fc.record({ from: day, length: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null, freq: 3 }), recordedDay: day, corrects: fc.option(fc.nat(), { nil: null, freq: 2 }) }), { minLength: 1, maxLength: 7 })
  .map((drafts) => {
    const recorded = drafts.map((d) => d.recordedDay).sort((a, b) => a - b);
    return drafts.map((d, i): Version => ({
      version: i + 1,
      supersedes: d.corrects === null || i === 0 ? null : (d.corrects % i) + 1,
      effectiveFrom: iso(d.from),
      effectiveTo: d.length === null ? null : iso(d.from + d.length),
      recordedAt: new Date(BASE + recorded[i]! * DAY + i),
    }));
  });

const v = (version: number, effectiveFrom: string, recordedAt: string, more: Partial<Version> = {}): Version => ({ version, supersedes: null, effectiveFrom, effectiveTo: null, recordedAt: new Date(recordedAt), ...more });

describe("which version governs", () => {
  it("a later edit effective earlier does not cancel a scheduled change", () => {
    const versions = [v(1, "2026-01-01", "2025-12-01T00:00:00Z"), v(2, "2026-07-01", "2026-03-01T00:00:00Z"), v(3, "2026-04-01", "2026-05-01T00:00:00Z")];
    const now = new Date("2026-06-01T00:00:00Z");
    expect(governing(versions, "2026-05-15", now)?.version).toBe(3);
    expect(governing(versions, "2026-08-01", now)?.version).toBe(2);
    expect(governing(versions, "2026-02-01", now)?.version).toBe(1);
  });

  it("ties go to the version recorded later, and a correction replaces the one it names", () => {
    const versions = [v(1, "2026-01-01", "2026-01-01T00:00:00Z"), v(2, "2026-01-01", "2026-02-01T00:00:00Z"), v(3, "2026-03-01", "2026-03-01T00:00:00Z"), v(4, "2026-05-01", "2026-04-01T00:00:00Z", { supersedes: 3 })];
    const now = new Date("2026-06-01T00:00:00Z");
    expect(governing(versions, "2026-01-15", now)?.version).toBe(2);
    expect(governing(versions, "2026-03-15", now)?.version).toBe(2);
    expect(governing(versions, "2026-05-15", now)?.version).toBe(4);
    expect(governing(versions, "2026-03-15", new Date("2026-03-15T00:00:00Z"))?.version).toBe(3);
  });

  it("a version's end ends the lineage until a later version starts", () => {
    const versions = [v(1, "2026-01-01", "2026-01-01T00:00:00Z", { effectiveTo: "2026-02-01" }), v(2, "2026-03-01", "2026-01-01T00:00:00Z")];
    const now = new Date("2026-06-01T00:00:00Z");
    expect(governing(versions, "2026-01-31", now)?.version).toBe(1);
    expect(governing(versions, "2026-02-01", now)).toBeNull();
    expect(governing(versions, "2026-03-01", now)?.version).toBe(2);
  });

  it("agrees with the reference implementation on generated histories", () => {
    fc.assert(
      fc.property(history, day, day, (versions, at, known) => {
        const knownAt = new Date(BASE + known * DAY);
        expect(governing(versions, iso(at), knownAt)).toBe(reference(versions, iso(at), knownAt));
      }),
      { numRuns: 3000 },
    );
  });

  it("nothing recorded after K changes an answer as known at K", () => {
    fc.assert(
      fc.property(history, history, day, day, (past, extra, at, known) => {
        const knownAt = new Date(BASE + known * DAY);
        const later = extra.map((x, i) => ({ ...x, version: past.length + i + 1, supersedes: x.supersedes === null ? null : ((x.supersedes - 1) % (past.length + i)) + 1, recordedAt: new Date(knownAt.getTime() + 1 + i) }));
        expect(governing([...past, ...later], iso(at), knownAt)).toBe(governing(past, iso(at), knownAt));
      }),
      { numRuns: 2000 },
    );
  });

  it("a change from date D leaves every answer before D as it was", () => {
    fc.assert(
      fc.property(history, day, fc.integer({ min: 1, max: 300 }), (versions, d, before) => {
        const now = new Date(BASE + 1000 * DAY);
        const change = v(versions.length + 1, iso(d), new Date(now.getTime() - 1).toISOString());
        expect(governing([...versions, change], iso(d - before), now)).toBe(governing(versions, iso(d - before), now));
        expect(governing([...versions, change], iso(d), now)?.version).toBe(versions.length + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("a corrected version never governs again, and the timeline gives the same answer as the rule for every day", () => {
    fc.assert(
      fc.property(history, day, (versions, known) => {
        const knownAt = new Date(BASE + known * DAY);
        const live = new Set(standing(versions, knownAt).map((x) => x.version));
        const spans = timeline(versions, knownAt);
        for (let d = -420; d <= 720; d += 7) {
          const answer = governing(versions, iso(d), knownAt);
          if (answer) expect(live.has(answer.version)).toBe(true);
          const span = spans.find((s) => s.from <= iso(d) && (s.to === null || iso(d) < s.to));
          expect(span?.version ?? null).toBe(answer);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("an edit's next version", () => {
  const versions = [v(1, "2026-01-01", "2026-01-01T00:00:00Z"), v(2, "2026-06-01", "2026-02-01T00:00:00Z"), v(3, "2026-06-01", "2026-03-01T00:00:00Z", { supersedes: 2 })];
  const now = new Date("2026-04-01T00:00:00Z");

  it("numbers it after the newest and records what it corrects", () => {
    expect(nextVersion(versions, { version: 3, corrects: null }, now)).toEqual({ ok: true, data: { version: 4, supersedes: null } });
    expect(nextVersion(versions, { version: 3, corrects: 1 }, now)).toEqual({ ok: true, data: { version: 4, supersedes: 1 } });
  });

  it("refuses an edit based on an older version, and a correction of a version already corrected", () => {
    expect(nextVersion(versions, { version: 2, corrects: null }, now)).toBe("stale");
    const corrected = nextVersion(versions, { version: 3, corrects: 2 }, now);
    expect(corrected).toMatchObject({ ok: false, code: "REFUSED" });
    const message = corrected !== "stale" && !corrected.ok ? corrected.message : undefined;
    expect(english(message)).toBe("Version 2 was already corrected: correct the version that replaced it.");
    expect(spanish(message)).toBe("La versión 2 ya se corrigió: corrija la versión que la reemplazó.");
    expect(nextVersion(versions, { version: 3, corrects: 9 }, now)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
