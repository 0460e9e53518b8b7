import { beforeAll, describe, expect, it } from "vitest";
import { auditNames, EVERY_NAME, recentAuditEvents } from "@/lib/audit/data";
import { describeEvent } from "@/lib/audit/sentence";
import { isAuditAction, HIDDEN_LOCATION, NOBODY, UNKNOWN_TASK } from "@/lib/audit/wording";
import { prisma } from "@/lib/db/client";
import { seedDemo } from "@/tests/support/demo";
import { testEngine } from "@/tests/support/test-database";

const ZONE = "America/Los_Angeles";

beforeAll(async () => {
  await seedDemo(new Date("2026-03-16T17:00:00Z"));
});

describe(`the demo's trail as sentences (${testEngine})`, () => {
  it("every code the demo writes has its words, and every name in its events resolves", async () => {
    const events = await recentAuditEvents({ limit: 500 });
    expect(events.length).toBe(await prisma.auditEvent.count());
    const names = await auditNames(events, EVERY_NAME);
    for (const event of events) {
      expect(isAuditAction(event.action), event.action).toBe(true);
      const { sentence } = describeEvent(event, names, ZONE);
      expect(sentence, `${event.action} #${event.seq}`).not.toMatch(new RegExp(`\\b(${NOBODY}|${UNKNOWN_TASK}|${HIDDEN_LOCATION})\\b`));
      expect(sentence.startsWith("The demo data setup ")).toBe(true);
    }
  });

  it("says who was authorized for what, where and from when", async () => {
    const events = await recentAuditEvents({ limit: 500 });
    const names = await auditNames(events, EVERY_NAME);
    const sentences = events.map((e) => describeEvent(e, names, ZONE).sentence);
    expect(sentences).toContain("The demo data setup authorized Maria Gonzalez for Drawing blood (venipuncture) at Oakland Clinic, effective 5 Apr 2021.");
    expect(sentences).toContain("The demo data setup added the record “Venipuncture competency” for Drawing blood (venipuncture) to Maria Gonzalez’s file.");
  });
});
