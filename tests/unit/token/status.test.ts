import { describe, expect, it } from "vitest";
import { needsTouch, tokenStatus } from "@/lib/token/status";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-09-01T00:00:00Z");

describe("a token's status", () => {
  it("is active before it expires and while not revoked", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: later }, now)).toBe("active");
  });

  it("is expired from its expiry on", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
  });

  it("is revoked once revoked, even before its expiry", () => {
    expect(tokenStatus({ revokedAt: new Date("2026-05-01T00:00:00Z"), expiresAt: later }, now)).toBe("revoked");
  });
});

describe("recording the last use", () => {
  it("writes on the first use and then at most once a minute", () => {
    expect(needsTouch(null, now)).toBe(true);
    expect(needsTouch(new Date(now.getTime() - 59_000), now)).toBe(false);
    expect(needsTouch(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
