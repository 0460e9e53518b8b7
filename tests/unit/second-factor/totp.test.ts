import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkCode, codeAt, groupedSecret, newTotpSecret, normalizedCode, otpauthUri, stepAt } from "@/lib/second-factor/totp";

// RFC 6238 appendix B: the SHA-1 test key "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("authenticator codes", () => {
  it("match the RFC 6238 test vectors (last six digits)", () => {
    expect(codeAt(RFC_SECRET, new Date(59_000))).toBe("287082");
    expect(codeAt(RFC_SECRET, new Date(1_111_111_109_000))).toBe("081804");
    expect(codeAt(RFC_SECRET, new Date(2_000_000_000_000))).toBe("279037");
  });

  it("accept the code of this step and of the steps either side, and nothing further", () => {
    const now = new Date(1_800_000_015_000);
    const step = stepAt(now);
    for (const offset of [-1, 0, 1]) {
      expect(checkCode(RFC_SECRET, codeAt(RFC_SECRET, new Date((step + offset) * 30_000)), now, 0)).toEqual({ ok: true, step: step + offset });
    }
    for (const offset of [-3, -2, 2, 3]) {
      expect(checkCode(RFC_SECRET, codeAt(RFC_SECRET, new Date((step + offset) * 30_000)), now, 0)).toEqual({ ok: false, reason: "wrong_code" });
    }
  });

  it("refuse a right code whose step was already used (a replay), or an older one", () => {
    const now = new Date(1_800_000_015_000);
    const code = codeAt(RFC_SECRET, now);
    const first = checkCode(RFC_SECRET, code, now, 0);
    expect(first.ok).toBe(true);
    const used = (first as { step: number }).step;
    expect(checkCode(RFC_SECRET, code, now, used)).toEqual({ ok: false, reason: "replayed_code" });
    expect(checkCode(RFC_SECRET, codeAt(RFC_SECRET, new Date((used - 1) * 30_000)), now, used)).toEqual({ ok: false, reason: "replayed_code" });
    expect(checkCode(RFC_SECRET, codeAt(RFC_SECRET, new Date((used + 1) * 30_000)), now, used)).toEqual({ ok: true, step: used + 1 });
  });

  it("read a code typed with a space or dash, and refuse anything that is not six digits", () => {
    expect(normalizedCode("287 082")).toBe("287082");
    expect(normalizedCode("287-082")).toBe("287082");
    for (const bad of ["", "28708", "2870823", "28708a", "２８７０８２", "287082\u0000"]) expect(normalizedCode(bad)).toBeNull();
    expect(checkCode(RFC_SECRET, "not a code", new Date(59_000), 0)).toEqual({ ok: false, reason: "wrong_code" });
  });

  it("make 160-bit secrets that apps can take from the QR link", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, "olivia@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Cleared");
    expect(decodeURIComponent(uri.pathname)).toContain("olivia@example.org");
    expect(groupedSecret("ABCDEFGH")).toBe("ABCD EFGH");
  });

  // Over any sequence of sign-ins, a code is accepted at most once and only within a step of now.
  test.prop([fc.array(fc.record({ at: fc.integer({ min: 1_700_000_000, max: 1_700_000_600 }), offset: fc.integer({ min: -2, max: 2 }) }), { maxLength: 30 })])(
    "accepts each step at most once, in increasing order",
    (attempts) => {
      let last = 0;
      const accepted: number[] = [];
      for (const { at, offset } of attempts) {
        const now = new Date(at * 1000);
        const result = checkCode(RFC_SECRET, codeAt(RFC_SECRET, new Date((stepAt(now) + offset) * 30_000)), now, last);
        const expected = Math.abs(offset) <= 1 && stepAt(now) + offset > last;
        expect(result.ok).toBe(expected);
        if (result.ok) {
          accepted.push(result.step);
          last = result.step;
        }
      }
      expect(new Set(accepted).size).toBe(accepted.length);
      expect([...accepted].sort((a, b) => a - b)).toEqual(accepted);
    },
  );
});
