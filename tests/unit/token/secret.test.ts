import { describe, expect, it } from "vitest";
import { bearerSecret, hashTokenSecret, newTokenSecret, TOKEN_PREFIX } from "@/lib/token/secret";

describe("token secrets", () => {
  it("are 32 random bytes behind the clr_ prefix, with a short display prefix and their SHA-256", () => {
    const { secret, prefix, hash } = newTokenSecret();
    expect(secret).toMatch(/^clr_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(TOKEN_PREFIX.length + 6);
    expect(hash).toBe(hashTokenSecret(secret));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never repeat", () => {
    expect(new Set(Array.from({ length: 50 }, () => newTokenSecret().secret)).size).toBe(50);
  });
});

describe("the bearer header", () => {
  const { secret } = newTokenSecret();

  it("yields the secret, whatever the case of the scheme", () => {
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer ${secret}`)).toBe(secret);
  });

  it.each([
    ["another scheme", `Basic ${secret}`],
    ["no secret", "Bearer "],
    ["a secret without our prefix", "Bearer abc.def.ghi"],
    ["a truncated secret", `Bearer ${secret.slice(0, -1)}`],
    ["two values", `Bearer ${secret} ${secret}`],
  ])("yields nothing for %s", (_label, header) => {
    expect(bearerSecret(header)).toBeNull();
  });
});
