import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "@/lib/clearance/decide";
import { finding, type Finding } from "@/lib/clearance/findings";
import { compareRows, expiringWithin, matchesCompliance, notClearedKind, pageWindow, type Compliance } from "@/lib/person/compliance";
import { COMPLIANCE_STATES, parsePeopleListQuery, PEOPLE_ROLES, PEOPLE_SORTS } from "@/lib/person/schema";
import { noticeText } from "@/lib/person/wording";

const SUPERVISOR = { id: "p1", name: "Dr. Lee", providerType: "MD", schedule: "" };
const authorized = finding("employer_policy", "met", { code: "authorized", grantedBy: "Ben", location: "Tacoma", from: "2026-01-01", lastDay: null, conditions: null });
const lawful = finding("state_law", "met", { code: "allowed", state: "WA", citation: "WAC", conditional: false });
const trained = finding("training", "met", { code: "documented", achieved: [] });
const offSchedule = finding("supervision", "not_met", { code: "off_schedule", task: "Venipuncture", weekday: 2, minute: 1320, zone: "Pacific Daylight Time", timeZone: "America/Los_Angeles", at: "2026-03-11T05:00:00.000Z", required: "on_premises", scheduled: [SUPERVISOR], more: 0 });
const absent = finding("supervision", "not_met", { code: "supervisor_absent", task: "Venipuncture", supervisor: SUPERVISOR, reason: "vacation", until: { lastDay: "2026-03-12" }, next: null, required: "on_premises" });
const missing = finding("training", "not_met", { code: "missing", missing: [{ code: "competency_missing", task: "Venipuncture" }] });
const noArrangement = finding("supervision", "not_met", { code: "no_arrangement", task: "Venipuncture", location: "Tacoma", required: "on_premises" });
const staleRule = finding("state_law", "unknown", { code: "stale", task: "Venipuncture", state: "WA", citation: "WAC", verifiedOn: "2024-01-01", ageDays: 800 });

function evaluation(findings: Finding[]): Evaluation {
  const answer = findings.some((f) => f.status === "not_met") ? "not_cleared" : findings.some((f) => f.status === "unknown") ? "check_first" : "cleared";
  return { answer, findings, words: { task: "Venipuncture", location: "Tacoma", state: "WA", citation: null, documentRef: null } };
}

describe("what the list says about an authorized task", () => {
  it("says nothing about a task the person is not authorized for, or one that is cleared", () => {
    const unauthorized = finding("employer_policy", "not_met", { code: "no_authorization", task: "Venipuncture", location: "Tacoma" });
    expect(notClearedKind(evaluation([lawful, unauthorized, missing, noArrangement]))).toBeNull();
    expect(notClearedKind(evaluation([lawful, authorized, trained, finding("supervision", "met", { code: "not_required", task: "Venipuncture" })]))).toBeNull();
  });

  it("calls it outside supervision hours only when a supervisor on duty is all that is missing", () => {
    expect(notClearedKind(evaluation([lawful, authorized, trained, offSchedule]))).toEqual({ kind: "outside_hours", code: "off_schedule" });
    expect(notClearedKind(evaluation([lawful, authorized, trained, absent]))).toEqual({ kind: "outside_hours", code: "supervisor_absent" });
  });

  it("calls it a gap when anything else blocks it, even outside hours, and names that reason", () => {
    expect(notClearedKind(evaluation([lawful, authorized, missing, offSchedule]))).toEqual({ kind: "gap", code: "missing" });
    expect(notClearedKind(evaluation([lawful, authorized, trained, noArrangement]))).toEqual({ kind: "gap", code: "no_arrangement" });
  });

  it("keeps check first apart from not cleared", () => {
    expect(notClearedKind(evaluation([staleRule, authorized, trained, finding("supervision", "met", { code: "not_required", task: "Venipuncture" })]))).toEqual({ kind: "check_first", code: "stale" });
  });
});

describe("records expiring within 30 days", () => {
  const record = (expiresOn: string | null, title = "CPR") => ({ lineageId: title + expiresOn, title, expiresOn });
  it("counts a record still valid today whose first day without force is at most 30 days ahead, soonest first", () => {
    const found = expiringWithin([record("2026-03-31", "late"), record("2026-03-02", "soon"), record("2026-04-01"), record("2026-03-01"), record(null)], "2026-03-01");
    expect(found.map((r) => [r.title, r.daysLeft])).toEqual([["soon", 1], ["late", 30]]);
  });
});

describe("filters, order and pages", () => {
  const row = (lastName: string, c: Partial<Compliance>) => ({ name: lastName, lastName, firstName: "A", compliance: { notCleared: [], expiring: [], ...c } });
  const task = (kind: "gap" | "outside_hours" | "check_first") => ({ taskId: "t", taskName: "T", locationId: "l", locationName: "L", kind, code: "x" });
  const expiring = (daysLeft: number) => ({ lineageId: `r${daysLeft}`, title: "R", expiresOn: "2026-04-01", daysLeft });

  it("matches each compliance state", () => {
    const gap = row("Gap", { notCleared: [task("gap"), task("outside_hours")] }).compliance;
    const hours = row("Hours", { notCleared: [task("outside_hours")] }).compliance;
    const provider = row("Provider", { notCleared: null }).compliance;
    const clear = row("Clear", {}).compliance;
    expect(COMPLIANCE_STATES.filter((s) => matchesCompliance(gap, s))).toEqual(["gap"]);
    expect(COMPLIANCE_STATES.filter((s) => matchesCompliance(hours, s))).toEqual(["outside_hours"]);
    expect(COMPLIANCE_STATES.filter((s) => matchesCompliance(provider, s))).toEqual([]);
    expect(COMPLIANCE_STATES.filter((s) => matchesCompliance(clear, s))).toEqual(["clear"]);
    expect(matchesCompliance(row("E", { expiring: [expiring(3)] }).compliance, "expiring")).toBe(true);
  });

  it("sorts by gaps or by the soonest expiry, then by name", () => {
    const rows = [row("B", { notCleared: [task("gap")] }), row("A", { expiring: [expiring(20)] }), row("C", { notCleared: [task("gap"), task("check_first")], expiring: [expiring(5)] })];
    expect([...rows].sort(compareRows("gaps")).map((r) => r.name)).toEqual(["C", "B", "A"]);
    expect([...rows].sort(compareRows("expiring")).map((r) => r.name)).toEqual(["C", "A", "B"]);
    expect([...rows].sort(compareRows("-name")).map((r) => r.name)).toEqual(["C", "B", "A"]);
  });

  it("shows the last page when asked past the end", () => {
    expect(pageWindow(0, 1, 25)).toEqual({ page: 1, pages: 1, skip: 0, clamped: false });
    expect(pageWindow(51, 3, 25)).toEqual({ page: 3, pages: 3, skip: 50, clamped: false });
    expect(pageWindow(51, 7, 25)).toEqual({ page: 3, pages: 3, skip: 50, clamped: true });
  });
});

describe("reading the view from the URL", () => {
  it("reads every parameter", () => {
    expect(parsePeopleListQuery({ q: " Kev ", location: "locoakland001", role: "provider", tier: "ma_c", compliance: "expiring", sort: "-name", page: "3" })).toEqual({
      query: { q: "Kev", location: "locoakland001", role: "provider", tier: "ma_c", compliance: "expiring", sort: "-name", page: 3 },
      notices: [],
    });
  });

  it("falls back visibly on a bad value, and keeps the good ones", () => {
    const { query, notices } = parsePeopleListQuery({ sort: "salary", page: "-2", role: ["provider", "staff"], q: "a\u0000b", compliance: "gap" });
    expect(query).toEqual({ q: "", location: null, role: null, tier: null, compliance: "gap", sort: "name", page: 1 });
    expect(notices.map(noticeText)).toEqual([
      "The name search in the link is not one Cleared knows; showing everyone.",
      "The role was given more than once; showing every role.",
      "The sort order in the link is not one Cleared knows; sorted by name.",
      "The page in the link is not one Cleared knows; showing the first page.",
    ]);
  });

  it("never throws, whatever the URL holds, and always gives a view it knows", () => {
    const value = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));
    const keys = fc.constantFrom("q", "location", "role", "tier", "compliance", "sort", "page", "__proto__", "constructor", "other");
    fc.assert(
      fc.property(fc.dictionary(keys, value), (params) => {
        const { query } = parsePeopleListQuery(params);
        expect(PEOPLE_SORTS).toContain(query.sort);
        expect(query.role === null || PEOPLE_ROLES.includes(query.role)).toBe(true);
        expect(query.location === null || /^[a-z0-9]{8,40}$/.test(query.location)).toBe(true);
        expect(Number.isInteger(query.page) && query.page >= 1).toBe(true);
        expect(query.q.length).toBeLessThanOrEqual(100);
      }),
    );
  });
});
