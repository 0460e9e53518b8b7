import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizedRecoveryCode } from "@/lib/second-factor/recovery-codes";

describe("recovery codes", () => {
  it("come ten at a time, distinct, in two groups of five unambiguous characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it("are read whatever the case, spacing and dashes, with O, I and L read as the digits they resemble", () => {
    expect(normalizedRecoveryCode(" 7kq2m xr4td ")).toBe("7KQ2MXR4TD");
    expect(normalizedRecoveryCode("7KQ2M-XR4TD")).toBe("7KQ2MXR4TD");
    expect(normalizedRecoveryCode("O0IL1-ABCDE")).toBe("00111ABCDE");
    for (const bad of ["", "7KQ2M", "7KQ2M-XR4TD-X", "7KQ2M-XR4TU", "123456"]) expect(normalizedRecoveryCode(bad)).toBeNull();
  });

  it("are stored as a hash that differs per code and never contains the code", () => {
    const [a, b] = newRecoveryCodes(2).map((c) => normalizedRecoveryCode(c)!);
    expect(hashRecoveryCode(a!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(a!)).toBe(hashRecoveryCode(a!));
    expect(hashRecoveryCode(a!)).not.toBe(hashRecoveryCode(b!));
    expect(hashRecoveryCode(a!)).not.toContain(a!.toLowerCase());
  });
});
