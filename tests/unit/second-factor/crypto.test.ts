import { afterEach, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "@/lib/second-factor/crypto";

const original = process.env.NEXTAUTH_SECRET;
afterEach(() => {
  process.env.NEXTAUTH_SECRET = original;
});

describe("stored authenticator secrets", () => {
  it("are encrypted (a fresh IV each time) and read back", () => {
    process.env.NEXTAUTH_SECRET = "a-session-secret-for-this-test-0123456789";
    const a = encryptSecret("JBSWY3DPEHPK3PXP");
    const b = encryptSecret("JBSWY3DPEHPK3PXP");
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(decryptSecret(a)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("cannot be read under another session secret, nor after being altered", () => {
    process.env.NEXTAUTH_SECRET = "a-session-secret-for-this-test-0123456789";
    const stored = encryptSecret("JBSWY3DPEHPK3PXP");
    const flipped = `${stored.slice(0, -2)}${stored.at(-2) === "A" ? "B" : "A"}${stored.at(-1)}`;
    expect(decryptSecret(flipped)).toBeNull();
    expect(decryptSecret("JBSWY3DPEHPK3PXP")).toBeNull();
    process.env.NEXTAUTH_SECRET = "another-session-secret-entirely-9876543210";
    expect(decryptSecret(stored)).toBeNull();
  });
});
