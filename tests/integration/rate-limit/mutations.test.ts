import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDatabase, installDatabase, installedDatabase } from "@/lib/db/database";
import { countRequest } from "@/lib/rate-limit/mutations";
import { RATE_LIMITS } from "@/lib/rate-limit/window";
import { testDriver, testEngine } from "@/tests/support/test-database";

/** A second app instance: the module loaded afresh over a Prisma client of its own on the same database. */
async function secondInstance(): Promise<{ countRequest: typeof countRequest; close: () => Promise<void> }> {
  const original = installedDatabase()!;
  const other = createDatabase(async () => testDriver());
  vi.resetModules();
  installDatabase(other);
  try {
    const fresh = await import("@/lib/rate-limit/mutations");
    expect((await import("@/lib/db/client")).prisma).toBe(other.prisma);
    return { countRequest: fresh.countRequest, close: () => other.prisma.$disconnect() };
  } finally {
    installDatabase(original);
  }
}

const { max } = RATE_LIMITS.export;
const inWindow = new Date("2026-12-01T12:34:20Z");

describe(`request counting (${testEngine})`, () => {
  it("admits the limit in a window and refuses the next with the seconds until the window ends", async () => {
    const caller = { kind: "user" as const, id: "sequential" };
    for (let i = 0; i < max; i++) expect(await countRequest("export", caller, inWindow)).toEqual({ allowed: true });
    expect(await countRequest("export", caller, new Date("2026-12-01T12:34:50.500Z"))).toEqual({ allowed: false, retryAfter: 10, firstRefusal: true });
    expect(await countRequest("export", caller, inWindow)).toMatchObject({ allowed: false, firstRefusal: false });
  });

  it("admits again in the next window", async () => {
    const caller = { kind: "user" as const, id: "next-window" };
    for (let i = 0; i <= max; i++) await countRequest("export", caller, inWindow);
    expect(await countRequest("export", caller, new Date("2026-12-01T12:35:00Z"))).toEqual({ allowed: true });
  });

  it("never admits more than the limit in total when two bursts arrive at once", async () => {
    const caller = { kind: "token" as const, id: "burst" };
    const burst = () => Array.from({ length: max + 5 }, () => countRequest("export", caller, inWindow));
    const decisions = await Promise.all([...burst(), ...burst()]);
    expect(decisions.filter((d) => d.allowed)).toHaveLength(max);
    expect(decisions.filter((d) => !d.allowed && d.firstRefusal)).toHaveLength(1);
    expect(await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key_windowStart: { key: "export:token:burst", windowStart: new Date("2026-12-01T12:34:00Z") } } })).toMatchObject({ count: 2 * (max + 5) });
  });

  it("shares the count between two app instances bursting at once", async () => {
    const other = await secondInstance();
    try {
      const caller = { kind: "user" as const, id: "two-instances" };
      const burst = (count: typeof countRequest) => Array.from({ length: max + 5 }, () => count("export", caller, inWindow));
      const decisions = await Promise.all([...burst(countRequest), ...burst(other.countRequest)]);
      expect(decisions.filter((d) => d.allowed)).toHaveLength(max);
    } finally {
      await other.close();
    }
  });

  it("counts each limit and caller apart", async () => {
    const caller = { kind: "user" as const, id: "apart" };
    for (let i = 0; i <= max; i++) await countRequest("export", caller, inWindow);
    expect(await countRequest("api", caller, inWindow)).toEqual({ allowed: true });
    expect(await countRequest("export", { kind: "token", id: "apart" }, inWindow)).toEqual({ allowed: true });
  });

  it("deletes windows older than an hour when a new window opens", async () => {
    const caller = { kind: "user" as const, id: "prune" };
    await countRequest("api", caller, new Date("2026-12-01T10:00:00Z"));
    await countRequest("api", caller, new Date("2026-12-01T11:30:00Z"));
    await countRequest("api", { kind: "user", id: "other" }, new Date("2026-12-01T12:00:30Z"));
    const left = await prisma.rateLimitBucket.findMany({ where: { key: "api:user:prune" }, select: { windowStart: true } });
    expect(left).toEqual([{ windowStart: new Date("2026-12-01T11:30:00Z") }]);
  });
});
