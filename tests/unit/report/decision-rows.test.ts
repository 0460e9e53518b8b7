import { describe, expect, it } from "vitest";
import { decide } from "@/lib/clearance/decide";
import { DECISION_CSV_HEADER, decisionCsvRow, storedDecision, summarize, type DecisionRow } from "@/lib/decision/rows";
import { makeFacts, request } from "@/tests/support/clearance-facts";

describe("a stored decision", () => {
  const decision = decide(makeFacts(), request(makeFacts()));
  const stored = JSON.parse(JSON.stringify(decision));

  it("is read back as the engine's decision when it has that shape", () => {
    expect(storedDecision(stored)).toEqual(decision);
  });

  it.each([
    ["null", null],
    ["an unknown answer", { ...stored, answer: "maybe" }],
    ["a factor without evidence", { ...stored, factors: [{ key: "state_law", status: "met", code: "allowed", sentence: "x", warnings: [] }] }],
    ["a string", "cleared"],
  ])("is not rendered as a decision when it is %s", (_case, breakdown) => {
    expect(storedDecision(breakdown)).toBeNull();
  });

  it("is summarized defensively for lists, whatever its shape", () => {
    expect(summarize(stored)).toEqual({ reason: decision.reason, factors: { state_law: "met", employer_policy: "met", training: "met", supervision: "met" } });
    expect(summarize(null)).toEqual({ reason: "", factors: {} });
    expect(summarize({ reason: 3, factors: [null, { key: "mood", status: "met" }, { key: "training", status: "not_met" }] })).toEqual({ reason: "", factors: { training: "not_met" } });
  });
});

describe("the decision log CSV row", () => {
  it("has one value per header column, instants in UTC and a blank for a factor not stored", () => {
    const row: DecisionRow = {
      seq: 7,
      askedAt: new Date("2026-03-10T17:41:02.123Z"),
      askedByLabel: "emily@cleared.example",
      source: "check",
      personId: "personemily01",
      personName: "Emily Nguyen",
      employeeId: null,
      taskId: "taskvenipunct",
      taskName: "Drawing blood (venipuncture)",
      locationId: "loctacoma0001",
      locationName: "Tacoma Clinic",
      timeZone: "America/Los_Angeles",
      moment: new Date("2026-03-10T17:40:00Z"),
      answer: "not_cleared",
      reason: "=HYPERLINK(\"x\")",
      factors: { state_law: "met" },
      engineVersion: "1.0.0",
    };
    const values = decisionCsvRow(row);
    expect(values).toHaveLength(DECISION_CSV_HEADER.length);
    const cells = Object.fromEntries(DECISION_CSV_HEADER.map((h, i) => [h, values[i]]));
    expect(cells).toMatchObject({ seq: 7, asked_at_utc: "2026-03-10T17:41:02.123Z", moment_utc: "2026-03-10T17:40:00.000Z", state_law: "met", training: "", employee_id: null, reason: "=HYPERLINK(\"x\")" });
  });
});
