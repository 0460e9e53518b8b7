import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minutesUntil, THROTTLE, throttleDecision } from "@/lib/auth/throttle";

const now = new Date("2026-11-27T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("sign-in throttling", () => {
  it("allows four recent failures for an account", () => {
    expect(throttleDecision([1, 2, 3, 4].map(minutesAgo), [], now)).toEqual({ blocked: false });
  });

  it("blocks the fifth failure for 15 minutes from the oldest of the five", () => {
    const decision = throttleDecision([1, 2, 3, 4, 5].map(minutesAgo), [], now);
    expect(decision).toEqual({ blocked: true, retryAt: new Date(minutesAgo(5).getTime() + THROTTLE.windowMs) });
    if (decision.blocked) expect(minutesUntil(decision.retryAt, now)).toBe(10);
  });

  it("forgets failures older than the window", () => {
    expect(throttleDecision([16, 17, 18, 19, 20].map(minutesAgo), [], now)).toEqual({ blocked: false });
  });

  it("allows more failures from one address than for one account, since a clinic shares an address", () => {
    expect(throttleDecision([], Array.from({ length: 19 }, (_, i) => minutesAgo(i * 0.5)), now).blocked).toBe(false);
    expect(throttleDecision([], Array.from({ length: 20 }, (_, i) => minutesAgo(i * 0.5)), now).blocked).toBe(true);
  });

  it("never locks anyone out for longer than the window", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * 24 }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 60 * 24 }), { maxLength: 40 }), (a, b) => {
        const byRecency = (xs: number[]) => [...xs].sort((x, y) => x - y).map((s) => new Date(now.getTime() - s * 1000));
        const decision = throttleDecision(byRecency(a), byRecency(b), now);
        if (decision.blocked) expect(decision.retryAt.getTime() - now.getTime()).toBeLessThanOrEqual(THROTTLE.windowMs);
      }),
    );
  });
});
