import { createHash, randomInt } from "node:crypto";

/**
 * Recovery codes: ten one-time codes for when the authenticator app is lost. Ten characters from
 * Crockford's base32 (no I, L, O or U, so none is misread) carry 50 bits each: too many to guess,
 * so a fast hash is enough to store them (a slow one protects guessable passwords, not these).
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count: number = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Case, spaces and dashes do not matter; letters people confuse with digits read as those digits. */
export function normalizedRecoveryCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return cleaned.length === 10 && [...cleaned].every((c) => ALPHABET.includes(c)) ? cleaned : null;
}

export function hashRecoveryCode(normalized: string): string {
  return createHash("sha256").update(`cleared-recovery:${normalized}`).digest("hex");
}
