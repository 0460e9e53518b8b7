import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { bucketKey, limitDecision, RATE_LIMITS, retryAfterSeconds, windowStart } from "@/lib/rate-limit/window";

const at = (iso: string) => new Date(iso);

describe("rate limit windows", () => {
  it("starts a minute window on the minute, whatever the time zone", () => {
    expect(windowStart(at("2026-12-01T12:34:56.789Z"), 60_000)).toEqual(at("2026-12-01T12:34:00.000Z"));
  });

  it("asks to retry when the window ends, rounded up to a whole second", () => {
    expect(retryAfterSeconds(at("2026-12-01T12:34:56.789Z"), 60_000)).toBe(4);
    expect(retryAfterSeconds(at("2026-12-01T12:34:00.000Z"), 60_000)).toBe(60);
    expect(retryAfterSeconds(at("2026-12-01T12:34:59.999Z"), 60_000)).toBe(1);
  });

  it("always asks for between 1 second and the window's length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: 1, max: 3600 }), (ms, seconds) => {
        const retryAfter = retryAfterSeconds(new Date(ms), seconds * 1000);
        return Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= seconds;
      }),
    );
  });

  it("admits up to the limit and refuses beyond it, auditing only the first refusal", () => {
    const now = at("2026-12-01T12:34:30Z");
    const { max } = RATE_LIMITS.export;
    expect(limitDecision("export", max, now)).toEqual({ allowed: true });
    expect(limitDecision("export", max + 1, now)).toEqual({ allowed: false, retryAfter: 30, firstRefusal: true });
    expect(limitDecision("export", max + 2, now)).toEqual({ allowed: false, retryAfter: 30, firstRefusal: false });
  });

  it("keeps one counter per limit and caller", () => {
    expect(bucketKey("api", { kind: "token", id: "t1" })).toBe("api:token:t1");
    expect(bucketKey("api", { kind: "user", id: "t1" })).not.toBe(bucketKey("export", { kind: "user", id: "t1" }));
  });
});

describe("limits an operator sets", () => {
  it("read RATE_LIMIT_API_PER_MINUTE and RATE_LIMIT_EXPORTS_PER_MINUTE, and refuse nonsense by name", async () => {
    const load = async (env: Record<string, string>) => {
      vi.resetModules();
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      try {
        return (await import("@/lib/rate-limit/window")).RATE_LIMITS;
      } finally {
        vi.unstubAllEnvs();
      }
    };
    expect((await load({})).api.max).toBe(120);
    expect((await load({ RATE_LIMIT_API_PER_MINUTE: "600", RATE_LIMIT_EXPORTS_PER_MINUTE: "30" }))).toMatchObject({ api: { max: 600 }, export: { max: 30 } });
    await expect(load({ RATE_LIMIT_API_PER_MINUTE: "lots" })).rejects.toThrow(/RATE_LIMIT_API_PER_MINUTE must be a whole number/);
    await expect(load({ RATE_LIMIT_EXPORTS_PER_MINUTE: "0" })).rejects.toThrow(/RATE_LIMIT_EXPORTS_PER_MINUTE/);
  });
});
