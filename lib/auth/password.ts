import { hash, verify } from "@node-rs/argon2";
import { say } from "@/lib/i18n/said";
import { isCommonPassword } from "./common-passwords";

/** ASVS V6.2: length is the rule (12 to 128 characters, counted as characters, never truncated); no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email";

export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX_LENGTH) return "too_long";
  if (isCommonPassword(password)) return "common";
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) return "contains_email";
  return null;
}

// Said: the form that shows one knows its reader's language (lib/i18n/said.ts).
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: say("auth.password.too_short", { min: PASSWORD_MIN_LENGTH }),
  too_long: say("auth.password.too_long", { max: PASSWORD_MAX_LENGTH }),
  common: say("auth.password.common"),
  contains_email: say("auth.password.contains_email"),
};

// OWASP's recommended argon2id parameters: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no account matches keeps the response time the same, so timing does
// not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("cleared-timing-equalizer");
  await verifyPassword(await dummyHash, password);
}
