import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, type Decision } from "@/lib/clearance/decide";
import type { ExceptionFact, Facts, PresenceFact } from "@/lib/clearance/facts";
import { supervisionSummary } from "@/lib/clearance/wording";
import { endOfLocalDay, instantFromWallClock, startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { at, checkIn, makeArrangement, makeException, makeFacts, makePolicy, makeRule, makeSupervisor, MOMENT, request, TACOMA, TACOMA_CHECK_IN, TASKS } from "@/tests/support/clearance-facts";

/**
 * The weekly plan against what happens in the building: absences, extra sessions, closures and
 * check-ins. MOMENT is Tue 2026-03-10 10:40 in Tacoma (PDT); Dr. Lee is planned Mon–Fri 08:00–17:00.
 */
const ZONE = "America/Los_Angeles";
const local = (date: string, time: string) => instantFromWallClock(date, time, ZONE);
const iso = (date: string, time: string) => local(date, time).toISOString();
const ask = (facts: Facts, moment: Date = MOMENT, taskId: string = TASKS.venipuncture.id) => decide(facts, request(facts, taskId, moment));
const supervision = (d: Decision) => d.factors[3]!;
const ellis = makeSupervisor({ id: "personnp0001", name: "Jordan Ellis", providerType: "NP" });
const ellisAfternoons = makeArrangement({ supervisorId: ellis.id, windows: [{ weekday: 2, startMinute: 13 * 60, endMinute: 17 * 60 }] });

describe("absences", () => {
  it("a supervisor away at the moment is not there, whatever the plan says; the answer names the absence and who comes next", () => {
    const facts = makeFacts({ exceptions: [makeException({ from: iso("2026-03-09", "00:00"), to: iso("2026-03-14", "00:00"), allDay: true })], arrangements: [makeArrangement(), ellisAfternoons], supervisors: [makeSupervisor(), ellis] });
    const d = ask(facts);
    expect(d.answer).toBe("not_cleared");
    expect(supervision(d)).toMatchObject({ status: "not_met", code: "supervisor_absent", params: { reason: "vacation", until: { lastDay: "2026-03-13" }, next: { time: "13:00", supervisor: { name: "Jordan Ellis" } } } });
    expect(d.reason).toBe("Dr. Lee (MD) is away (vacation) through 13 March 2026; drawing blood (venipuncture) requires a supervisor on the premises. Jordan Ellis (NP) is scheduled from 13:00 today.");
    expect(d.nextSteps[0]).toMatch(/^Do not perform drawing blood/);
    expect(d.nextSteps[1]).toContain("scheduled from 13:00 today");
    expect(supervisionSummary(supervision(d).code, supervision(d).params)).toBe("Dr. Lee (MD) is out today (vacation); supervised tasks are not cleared until Jordan Ellis (NP) arrives at 13:00.");
    expect(supervision(d).evidence[0]).toMatchObject({ kind: "exception", label: "Dr. Lee (MD) away: vacation" });
    expect(ask(facts, local("2026-03-10", "13:30")).answer).toBe("cleared");
  });

  it("an absence over a window's edge: away until 10:30, supervising from then", () => {
    const facts = makeFacts({ exceptions: [makeException({ from: iso("2026-03-10", "07:00"), to: iso("2026-03-10", "10:30"), reason: "dentist" })] });
    expect(supervision(ask(facts, local("2026-03-10", "10:29")))).toMatchObject({ code: "supervisor_absent", params: { until: { date: null, time: "10:30" }, next: { time: "10:30" } } });
    expect(ask(facts, local("2026-03-10", "10:30")).answer).toBe("cleared");
    expect(supervisionSummary("supervisor_absent", supervision(ask(facts, local("2026-03-10", "09:00"))).params)).toBe("Dr. Lee (MD) is out until 10:30 (dentist); supervised tasks are not cleared until Dr. Lee (MD) arrives at 10:30.");
  });

  it("overnight windows: an absence from 23:00 to 02:00 takes out the end of Monday's window and the start of Tuesday's", () => {
    const night = makeArrangement({ windows: [{ weekday: 1, startMinute: 22 * 60, endMinute: 1440 }, { weekday: 2, startMinute: 0, endMinute: 6 * 60 }] });
    const facts = makeFacts({ arrangements: [night], exceptions: [makeException({ from: iso("2026-03-09", "23:00"), to: iso("2026-03-10", "02:00"), reason: "called away" })] });
    expect(ask(facts, local("2026-03-09", "22:30")).answer).toBe("cleared");
    expect(supervision(ask(facts, local("2026-03-09", "23:30"))).code).toBe("supervisor_absent");
    expect(supervision(ask(facts, local("2026-03-10", "01:00"))).code).toBe("supervisor_absent");
    expect(ask(facts, local("2026-03-10", "02:00")).answer).toBe("cleared");
  });

  it("a whole-day absence on a daylight-saving day covers that local day exactly (23 hours in spring, 25 in autumn)", () => {
    const sundays = makeArrangement({ windows: [{ weekday: 0, startMinute: 0, endMinute: 1440 }, { weekday: 1, startMinute: 0, endMinute: 1440 }] });
    for (const [day, next] of [["2026-03-08", "2026-03-09"], ["2026-11-01", "2026-11-02"]] as const) {
      const absence = makeException({ from: startOfLocalDay(day, ZONE).toISOString(), to: endOfLocalDay(day, ZONE).toISOString(), allDay: true, reason: "sick" });
      const facts = makeFacts({ arrangements: [sundays], exceptions: [absence] });
      expect(supervision(ask(facts, local(day, "00:30"))).code).toBe("supervisor_absent");
      expect(supervision(ask(facts, local(day, "23:30"))).params).toMatchObject({ until: { lastDay: day } });
      expect(supervision(ask(facts, local(next, "00:00"))).code).toBe("present");
    }
  });

  it("a cancelled absence counts for nothing; a corrected one counts as corrected, from when the correction was recorded", () => {
    const first = makeException({ lineageId: "abs", from: iso("2026-03-10", "08:00"), to: iso("2026-03-10", "12:00"), recordedAt: at("2026-03-01T00:00:00Z") });
    const moved = { ...first, id: "abs2", version: 2, supersedes: 1, effectiveFrom: iso("2026-03-11", "08:00"), effectiveTo: iso("2026-03-11", "12:00"), recordedAt: at("2026-03-05T00:00:00Z") };
    const cancelled = { ...moved, id: "abs3", version: 3, supersedes: 2, cancelled: true, recordedAt: at("2026-03-06T00:00:00Z") };
    expect(ask(makeFacts({ exceptions: [first] })).answer).toBe("not_cleared");
    expect(ask(makeFacts({ exceptions: [first, moved] })).answer).toBe("cleared");
    expect(ask(makeFacts({ exceptions: [first, moved] }), local("2026-03-11", "10:00")).answer).toBe("not_cleared");
    expect(ask(makeFacts({ exceptions: [first, moved], knownAt: at("2026-03-02T00:00:00Z") })).answer).toBe("not_cleared");
    expect(ask(makeFacts({ exceptions: [first, moved, cancelled] }), local("2026-03-11", "10:00")).answer).toBe("cleared");
  });

  it("as known then, an absence entered after the moment does not change what was said; as known now it does", () => {
    const late = makeException({ from: iso("2026-03-10", "08:00"), to: iso("2026-03-10", "17:00"), recordedAt: at("2026-03-12T00:00:00Z"), reason: "sick" });
    expect(ask(makeFacts({ exceptions: [late], knownAt: MOMENT })).answer).toBe("cleared");
    expect(ask(makeFacts({ exceptions: [late] })).answer).toBe("not_cleared");
  });

  it("a task that needs no supervision is unaffected by an absence", () => {
    const facts = makeFacts({ exceptions: [makeException()], rules: [makeRule({ supervisionLevel: "none" })] });
    expect(supervision(ask(facts)).code).toBe("not_required");
  });
});

describe("extra sessions and closures", () => {
  const saturday = makeException({ kind: "extra_session", level: "on_premises", from: iso("2026-03-14", "09:00"), to: iso("2026-03-14", "13:00"), reason: "Saturday clinic" });

  it("an extra session outside the plan supervises every MA for clinical tasks during it, and only then", () => {
    const facts = makeFacts({ exceptions: [saturday] });
    const d = ask(facts, local("2026-03-14", "10:00"));
    expect(d.answer).toBe("cleared");
    expect(supervision(d)).toMatchObject({ code: "present", params: { supervisor: { schedule: "extra session Sat 09:00–13:00" } } });
    expect(supervision(ask(facts, local("2026-03-14", "13:00"))).code).toBe("off_schedule");
    expect(ask(makeFacts({ exceptions: [saturday], arrangements: [] }), local("2026-03-14", "08:00")).reason).toContain("Scheduled: Dr. Lee (MD): extra session Sat 09:00–13:00");
    expect(supervision(ask(makeFacts({ exceptions: [saturday], arrangements: [] }), local("2026-03-15", "10:00"))).code).toBe("no_arrangement");
  });

  it("an extra session by a provider no longer employed here counts for nothing", () => {
    const gone = makeSupervisor({ employment: [{ ...makeSupervisor().employment[0]!, effectiveTo: "2026-03-01" }] });
    expect(supervision(ask(makeFacts({ exceptions: [saturday], supervisors: [gone], arrangements: [] }), local("2026-03-14", "10:00"))).code).toBe("supervisor_unavailable");
  });

  it("a closure takes out every plan and says so", () => {
    const facts = makeFacts({ exceptions: [makeException({ kind: "closure", providerId: null, from: iso("2026-03-10", "00:00"), to: iso("2026-03-11", "00:00"), allDay: true, reason: "holiday" })] });
    const d = ask(facts);
    expect(supervision(d)).toMatchObject({ code: "location_closed", params: { reason: "holiday", next: null } });
    expect(d.reason).toContain("Tacoma Clinic is closed (holiday) through 10 March 2026");
    expect(supervisionSummary("location_closed", supervision(d).params)).toBe("Tacoma Clinic is closed today (holiday); supervised tasks are not cleared for the rest of the day.");
  });
});

describe("check-ins", () => {
  const withCheckIns = (presence: PresenceFact[], more: Partial<Facts> = {}) => makeFacts({ location: TACOMA_CHECK_IN, presence, ...more });

  it("where check-ins are required, the plan alone does not put a supervisor on site", () => {
    const d = ask(withCheckIns([]));
    expect(supervision(d)).toMatchObject({ code: "not_checked_in", params: { checkedOutAt: null } });
    expect(d.reason).toBe("Dr. Lee (MD) has not checked in today, and on-site supervision here counts only while the provider is checked in; drawing blood (venipuncture) requires a supervisor on the premises.");
    expect(supervisionSummary("not_checked_in", supervision(d).params)).toContain("Dr. Lee (MD) has not checked in yet");
  });

  it("a check-in today puts them there until they check out; yesterday's does not carry over", () => {
    expect(ask(withCheckIns([checkIn(iso("2026-03-10", "08:05"))])).answer).toBe("cleared");
    expect(supervision(ask(withCheckIns([checkIn(iso("2026-03-10", "08:05")), checkIn(iso("2026-03-10", "10:00"), "check_out")]))).params).toMatchObject({ checkedOutAt: "10:00" });
    expect(supervision(ask(withCheckIns([checkIn(iso("2026-03-09", "08:05"))]))).code).toBe("not_checked_in");
    expect(supervision(ask(withCheckIns([checkIn(iso("2026-03-10", "11:00"))]))).code).toBe("not_checked_in");
  });

  it("a check-in does not stand in for the plan: checked in outside the plan's hours is not supervision", () => {
    expect(supervision(ask(withCheckIns([checkIn(iso("2026-03-10", "17:05"))]), local("2026-03-10", "17:30"))).code).toBe("off_schedule");
  });

  it("before the location required check-ins, the plan was enough", () => {
    expect(ask(withCheckIns([]), local("2025-12-30", "10:40")).answer).toBe("cleared");
  });

  it("a requirement met from a distance needs no check-in", () => {
    const facts = withCheckIns([], { rules: [makeRule({ supervisionLevel: "general" })], arrangements: [makeArrangement({ level: "general" })] });
    expect(supervision(ask(facts)).code).toBe("present");
  });
});

describe("the span the facts were loaded for", () => {
  it("a moment outside it is refused rather than answered without its exceptions", () => {
    const facts = makeFacts({ span: { from: MOMENT, to: MOMENT } });
    expect(ask(facts).answer).toBe("cleared");
    expect(() => ask(facts, at("2026-03-17T17:40:00Z"))).toThrow(/exceptions were loaded for/);
  });
});

/**
 * A property over histories of exceptions: lineages of absences, closures and extra sessions whose
 * later versions correct the one before (moving, shortening or cancelling it), recorded out of order
 * with respect to their valid times, around the moment asked; check-ins and check-outs around it;
 * the location requiring check-ins or not. Checked against a reference written the obvious way.
 */
const HOUR = 3_600_000;
const PROVIDERS = ["persondrlee01", "personnp0001"] as const;

type Draft = { from: number; hours: number; cancelled: boolean; recordedAfter: number };
const draft = fc.record({ from: fc.integer({ min: -30, max: 30 }), hours: fc.integer({ min: 1, max: 40 }), cancelled: fc.boolean(), recordedAfter: fc.integer({ min: -200, max: 200 }) });
const lineage = fc.record({ kind: fc.constantFrom("absence", "absence", "closure", "extra_session") as fc.Arbitrary<ExceptionFact["kind"]>, provider: fc.constantFrom(...PROVIDERS), versions: fc.array(draft, { minLength: 1, maxLength: 4 }) });
const presence = fc.array(fc.record({ offset: fc.integer({ min: -30, max: 30 }), kind: fc.constantFrom("check_in", "check_out") as fc.Arbitrary<PresenceFact["kind"]>, provider: fc.constantFrom(...PROVIDERS) }), { maxLength: 5 });
const world = fc.record({
  moment: fc.integer({ min: -60, max: 60 }).map((h) => new Date(MOMENT.getTime() + h * HOUR)),
  knownAfter: fc.integer({ min: -100, max: 300 }),
  lineages: fc.array(lineage, { maxLength: 4 }),
  presence,
  checkIns: fc.boolean(),
});

type LineageDraft = { kind: ExceptionFact["kind"]; provider: string; versions: Draft[] };

function exceptionsOf(lineages: LineageDraft[], base: Date): ExceptionFact[] {
  return lineages.flatMap((l, n) => {
    // Versions are numbered in the order entered; valid times are free.
    const times = l.versions.map((v) => base.getTime() + v.recordedAfter * HOUR).sort((a, b) => a - b);
    return l.versions.map((v, i) =>
      makeException({
        id: `x${n}v${i + 1}`,
        lineageId: `x${n}`,
        version: i + 1,
        supersedes: i === 0 ? null : i,
        kind: l.kind,
        providerId: l.kind === "closure" ? null : l.provider,
        level: l.kind === "extra_session" ? "on_premises" : null,
        cancelled: v.cancelled,
        from: new Date(base.getTime() + v.from * HOUR).toISOString(),
        to: new Date(base.getTime() + (v.from + v.hours) * HOUR).toISOString(),
        recordedAt: new Date(times[i]!),
      }),
    );
  });
}

/** The obvious reading: per lineage, the newest version recorded by K; then plan, closure, absence, check-in. */
function referenceSupervised(exceptions: ExceptionFact[], events: PresenceFact[], moment: Date, knownAt: Date, checkIns: boolean): boolean {
  const t = moment.getTime();
  const current = new Map<string, ExceptionFact>();
  for (const e of exceptions) {
    if (e.recordedAt.getTime() > knownAt.getTime()) continue;
    const seen = current.get(e.lineageId);
    if (!seen || e.version > seen.version) current.set(e.lineageId, e);
  }
  const covering = [...current.values()].filter((e) => !e.cancelled && new Date(e.effectiveFrom).getTime() <= t && t < new Date(e.effectiveTo!).getTime());
  if (covering.some((e) => e.kind === "closure")) return false;
  const clock = wallClock(moment, ZONE);
  const planned = (id: string) => (id === "persondrlee01" && clock.weekday >= 1 && clock.weekday <= 5 && clock.minute >= 480 && clock.minute < 1020) || covering.some((e) => e.kind === "extra_session" && e.providerId === id);
  const checkedIn = (id: string) => {
    const today = events.filter((p) => p.providerId === id && p.at.getTime() <= t && p.at.getTime() <= knownAt.getTime() && wallClock(p.at, ZONE).date === clock.date).sort((a, b) => a.at.getTime() - b.at.getTime());
    return today.length > 0 && today[today.length - 1]!.kind === "check_in";
  };
  return PROVIDERS.some((id) => planned(id) && !covering.some((e) => e.kind === "absence" && e.providerId === id) && (!checkIns || checkedIn(id)));
}

describe("exceptions and check-ins over histories", () => {
  it("supervision is present exactly when the reference says so, for any history, moment and record time", () => {
    fc.assert(
      fc.property(world, ({ moment, knownAfter, lineages, presence: marks, checkIns }) => {
        const knownAt = new Date(moment.getTime() + knownAfter * HOUR);
        const exceptions = exceptionsOf(lineages, moment);
        const events = marks.map((p) => checkIn(new Date(moment.getTime() + p.offset * HOUR).toISOString(), p.kind, p.provider));
        const facts = makeFacts({
          knownAt,
          location: checkIns ? { ...TACOMA_CHECK_IN, versions: TACOMA_CHECK_IN.versions.map((v) => ({ ...v, effectiveFrom: "1900-01-01T08:00:00.000Z" })) } : TACOMA,
          supervisors: [makeSupervisor(), ellis],
          policies: [makePolicy({ revalidationMonths: null })],
          exceptions,
          presence: events,
        });
        const d = ask(facts, moment);
        expect(supervision(d).status === "met").toBe(referenceSupervised(exceptions, events, moment, knownAt, checkIns));
      }),
      { numRuns: 600 },
    );
  });
});
