import type { Role } from "@/lib/access/policy";

/**
 * Who needs a second factor (ASVS level 2: multi-factor sign-in for privileged roles): anyone who can
 * change, sign off or export health-workforce records. For a medical assistant it is optional.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["admin", "manager", "validator", "auditor"];

export function secondFactorRequired(grants: readonly { role: Role }[]): boolean {
  return grants.some((grant) => SECOND_FACTOR_ROLES.includes(grant.role));
}

/** A session that has passed the password but not yet the second factor lasts this long. */
export const PENDING_SESSION_SECONDS = 10 * 60;

/**
 * Where a session stands: complete (both factors, or no second factor needed), waiting for a code
 * (`verify`), or waiting for the user to set an authenticator up because their role requires one
 * (`setup`). `verifiedAt` is when this session passed the second factor.
 */
export type FactorStep = "complete" | "verify" | "setup";

export function factorStep(state: { required: boolean; enrolled: boolean; verifiedAt: number | undefined }): FactorStep {
  if (typeof state.verifiedAt === "number") return "complete";
  if (state.enrolled) return "verify";
  return state.required ? "setup" : "complete";
}
