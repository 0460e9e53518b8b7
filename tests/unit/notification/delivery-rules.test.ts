import { describe, expect, it } from "vitest";
import type { DueItem } from "@/lib/notification/due";
import { cadenceFor, periodKey } from "@/lib/notification/kinds";
import { renderMessage } from "@/lib/notification/message";
import { recipientsOf, type Directory } from "@/lib/notification/recipients";

const item = (overrides: Partial<DueItem> = {}): DueItem => ({
  kind: "record_expiring",
  itemId: "lin1",
  threshold: "30",
  urgency: 20,
  personId: "maria",
  locationId: "oak",
  audience: [{ to: "person", personId: "maria" }, { to: "managers", locationId: "oak" }],
  subject: { kind: "record_expiring", person: "Maria Lopez", title: "Venipuncture competency", expiresOn: "2026-03-30", daysLeft: 20 },
  ...overrides,
});

const directory: Directory = {
  users: [
    { id: "u-maria", personId: "maria", email: "maria@x" },
    { id: "u-ben", personId: "ben", email: "ben@x" },
    { id: "u-tac", personId: "tac", email: "tac@x" },
    { id: "u-shah", personId: "shah", email: "shah@x" },
    { id: "u-lee", personId: "lee", email: "lee@x" },
    { id: "u-admin", personId: "adm", email: "admin@x" },
  ],
  grants: [
    { userId: "u-maria", role: "medical_assistant", locationId: "oak", taskId: null },
    { userId: "u-ben", role: "manager", locationId: "oak", taskId: null },
    { userId: "u-tac", role: "manager", locationId: "tac", taskId: null },
    { userId: "u-shah", role: "validator", locationId: "oak", taskId: null },
    { userId: "u-lee", role: "validator", locationId: "oak", taskId: "injections" },
    { userId: "u-admin", role: "admin", locationId: null, taskId: null },
  ],
  parentOf: new Map([["injections.im", "injections"], ["venipuncture", null]]),
};

describe("who hears an item", () => {
  it("the MA herself and the managers of that location, nobody elsewhere", () => {
    expect(recipientsOf(item(), directory)).toEqual([{ userId: "u-maria", via: "person" }, { userId: "u-ben", via: "managers" }]);
  });

  it("validators of the task there (a grant for a task covers its refinements), never the person herself", () => {
    const waiting = (taskIds: string[], personId = "maria") => recipientsOf(item({ kind: "signoff_waiting", personId, audience: [{ to: "validators", locationId: "oak", taskIds }] }), directory).map((r) => r.userId);
    expect(waiting(["venipuncture"])).toEqual(["u-shah"]);
    expect(waiting(["injections.im"])).toEqual(["u-shah", "u-lee"]);
    expect(waiting(["venipuncture"], "shah")).toEqual([]);
    expect(recipientsOf(item({ audience: [{ to: "admins" }] }), directory)).toEqual([{ userId: "u-admin", via: "admins" }]);
  });
});

describe("cadences", () => {
  it("use the user's choice, else the default; an MA always hears of her own records expiring", () => {
    expect(cadenceFor("record_expiring", new Map(), { ownRecord: false })).toBe("daily");
    expect(cadenceFor("authorization_lapsed", new Map(), { ownRecord: false })).toBe("immediate");
    expect(cadenceFor("record_expiring", new Map([["record_expiring", "off"]]), { ownRecord: false })).toBe("off");
    expect(cadenceFor("record_expiring", new Map([["record_expiring", "off"]]), { ownRecord: true })).toBe("daily");
    expect(cadenceFor("record_expiring", new Map([["record_expiring", "weekly"]]), { ownRecord: true })).toBe("weekly");
  });

  it("digests cover the local day, or the week from its Monday", () => {
    expect(periodKey("daily", "2026-03-10", 2, "s1")).toBe("day:2026-03-10");
    expect(periodKey("weekly", "2026-03-10", 2, "s1")).toBe("week:2026-03-09");
    expect(periodKey("weekly", "2026-03-15", 0, "s1")).toBe("week:2026-03-09");
    expect(periodKey("weekly", "2026-03-16", 1, "s1")).toBe("week:2026-03-16");
    expect(periodKey("immediate", "2026-03-10", 2, "s1")).toBe("scan:s1");
  });
});

describe("the email", () => {
  const notices = [
    { title: "Kevin's check-off expires in 20 days", detail: "Renew it.", link: "/people/kevin", urgency: 20 },
    { title: "Aisha's <venipuncture> expired", detail: "Add the new record & sign.", link: "/people/aisha", urgency: -65 },
  ];
  it("lists the most urgent first, with absolute links, in text and escaped HTML, and no images", () => {
    const m = renderMessage(notices, { cadence: "daily", name: "Ben", baseUrl: "https://cleared.example.org" });
    expect(m.subject).toBe("Cleared: Today's digest: 2 items need attention");
    expect(m.text.indexOf("Aisha")).toBeLessThan(m.text.indexOf("Kevin"));
    expect(m.text).toContain("https://cleared.example.org/people/aisha");
    expect(m.html).toContain("Aisha&#39;s &lt;venipuncture&gt; expired");
    expect(m.html).toContain("Add the new record &amp; sign.");
    expect(m.html).not.toMatch(/<img|<script/i);
    expect(renderMessage([notices[0]!], { cadence: "immediate", name: "Ben", baseUrl: "http://localhost:3000" }).subject).toBe("Cleared: Kevin's check-off expires in 20 days");
  });
});
