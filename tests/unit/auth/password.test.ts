import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";

describe("password policy", () => {
  it.each([
    ["short", "eleven-char", "too_short"],
    ["exactly 12 characters", "plum-ferry-4", null],
    ["counts characters, not bytes", "ñandú-café-t", null],
    ["11 characters in 14 bytes is still too short", "ñandú-café-", "too_short"],
    ["longest allowed", "a".repeat(60) + "b-c".repeat(22) + "xy", null],
    ["too long", "x".repeat(129), "too_long"],
    ["common word padded with digits", "password12345", "common"],
    ["keyboard walk", "qwertyuiop123", "common"],
    ["repeated common word", "passwordpassword", "common"],
    ["one repeated character", "zzzzzzzzzzzzzz", "common"],
    ["digits only sequence", "123456789012", "common"],
    ["no composition rules: all lower case is fine", "violet marble canyon", null],
  ])("%s", (_case, password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });

  it("refuses a password that contains the email name", () => {
    expect(passwordProblem("maria.gonzalez-2026", "maria.gonzalez@example.org")).toBe("contains_email");
  });

  it("hashes with argon2id and never truncates", async () => {
    const long = "a correct horse ".repeat(6);
    const hash = await hashPassword(long);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, long)).toBe(true);
    expect(await verifyPassword(hash, long.slice(0, -1))).toBe(false);
  });

  it("treats a malformed stored hash as a mismatch, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything at all")).toBe(false);
  });
});
