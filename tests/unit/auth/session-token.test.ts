import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken } from "@/lib/auth/session-token";

/**
 * Opening a session token: what next-auth's decode accepts, and nothing else; kept once opened, but
 * never past the token's own expiry.
 */
const SECRET = "a-test-secret-for-session-tokens-0123456789";
const now = () => Math.floor(Date.now() / 1000);
const claims = { uid: "user-1", sv: 3, authAt: now(), via: "password" as const };

beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", SECRET));
afterEach(() => vi.unstubAllEnvs());

describe("decodeSessionToken", () => {
  it("opens a token the app issued, and again from what it kept", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 600 });
    const first = await decodeSessionToken(token);
    expect(first).toMatchObject(claims);
    expect(await decodeSessionToken(token)).toEqual(first);
  });

  it("refuses a token under another secret, a tampered one and garbage", async () => {
    const foreign = await encode({ token: claims, secret: "another-secret-another-secret-another-1", maxAge: 600 });
    const token = await encode({ token: claims, secret: SECRET, maxAge: 600 });
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    for (const raw of [foreign, tampered, "not a token", ""]) expect(await decodeSessionToken(raw)).toBeNull();
  });

  it("refuses a token once it has expired, though it was opened before", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    expect(await decodeSessionToken(token, now())).not.toBeNull();
    expect(await decodeSessionToken(token, now() + 61)).toBeNull();
    expect(await decodeSessionToken(token, now())).not.toBeNull();
  });

  it("hands out what it kept unchangeable", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 600 });
    await decodeSessionToken(token);
    const kept = (await decodeSessionToken(token)) as Record<string, unknown>;
    expect(() => {
      kept.uid = "someone-else";
    }).toThrow();
    expect((await decodeSessionToken(token))!.uid).toBe("user-1");
  });
});
