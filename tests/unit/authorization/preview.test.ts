import { describe, expect, it } from "vitest";
import { previewGrant } from "@/lib/authorization/preview";
import { makeFacts, makeRule, MOMENT, TASKS } from "@/tests/support/clearance-facts";

const grant = { effectiveFrom: "2026-03-10", effectiveTo: null, grantedByName: "Ben Carter" };

describe("grant preview", () => {
  it("shows each task's answer once the grant is saved", () => {
    const facts = makeFacts({ authorizations: [] });
    expect(previewGrant(facts, [TASKS.venipuncture.id], grant, MOMENT)).toEqual([{ personId: facts.person.id, taskId: TASKS.venipuncture.id, outcome: "cleared", reason: "Will be cleared." }]);
  });

  it("gives its reasons in the manager's language", () => {
    const facts = makeFacts({ authorizations: [] });
    expect(previewGrant(facts, [TASKS.venipuncture.id], grant, MOMENT, "es")).toEqual([{ personId: facts.person.id, taskId: TASKS.venipuncture.id, outcome: "cleared", reason: "Quedará habilitado." }]);
  });

  it("refuses what no authorization can make lawful, with the rule's citation", () => {
    const facts = makeFacts({ authorizations: [], rules: [makeRule({ outcome: "prohibited", citation: "RCW 18.360.050(4)" })] });
    expect(previewGrant(facts, [TASKS.venipuncture.id, TASKS.interpret.id], grant, MOMENT)).toMatchObject([
      { outcome: "refused", reason: expect.stringContaining("(RCW 18.360.050(4))") },
      { outcome: "refused", reason: expect.stringContaining("belongs to the licensed provider") },
    ]);
  });

  it("names what would still be missing", () => {
    const facts = makeFacts({ authorizations: [], records: [] });
    expect(previewGrant(facts, [TASKS.venipuncture.id], grant, MOMENT)[0]).toMatchObject({ outcome: "not_cleared", reason: expect.stringMatching(/^Missing: 10 hours of documented training/) });
  });

  it("says a task is cleared while supervised when only the schedule is missing right now", () => {
    const facts = makeFacts({ authorizations: [] });
    const saturday = new Date("2026-03-14T17:40:00Z");
    expect(previewGrant(facts, [TASKS.venipuncture.id], grant, saturday)[0]).toMatchObject({ outcome: "cleared_when_supervised", reason: expect.stringContaining("Dr. Lee (MD): Mon–Fri 08:00–17:00") });
  });
});
