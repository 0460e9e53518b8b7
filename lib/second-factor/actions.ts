"use server";

import { revalidatePath } from "next/cache";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action-client";
import { actionFailure, authorizedAction, spokenTo } from "@/lib/auth/action-client";
import { currentActor, pendingSession, requestContext } from "@/lib/auth/guard";
import { safeReturnPath, withReturnTo } from "@/lib/auth/return-to";
import { authSecret } from "@/lib/auth/secret";
import { sessionTokenWithSecondFactor } from "@/lib/auth/session-refresh";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-policy";
import type { Actor } from "@/lib/access/policy";
import { GENERIC_MESSAGES } from "@/lib/errors/app-error";
import { controlCharacterErrors, formDataToObject, zodFieldErrors } from "@/lib/validation/form-data";
import { confirmSetup, renewRecoveryCodes, resetSecondFactor, turnOffSecondFactor, verifySignInCode, type FactorUser } from "./mutations";
import { PENDING_SESSION_SECONDS, secondFactorRequired } from "./policy";
import { codeSchema, emptySchema, proofSchema, resetSchema, replaceSchema } from "./schema";
import { SECOND_FACTOR_MESSAGES as M } from "./wording";

const who = (actor: Actor): FactorUser => ({ userId: actor.userId, personId: actor.personId, email: actor.email });

/** Marks this browser's session as having passed the second factor. */
async function markSessionVerified(): Promise<void> {
  const jar = await cookies();
  const raw = jar.get(sessionCookieName())?.value;
  const token = raw ? await sessionTokenWithSecondFactor(raw, Math.floor(Date.now() / 1000)) : null;
  if (token) jar.set(sessionCookieName(), token, sessionCookieOptions());
}

type Parsed<T> = { ok: true; data: T } | { ok: false; state: ActionState<never> };

function parse<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } }, payload: FormData | Record<string, unknown>): Parsed<T> {
  const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
  const parsed = schema.safeParse(raw);
  const fieldErrors = { ...controlCharacterErrors(raw), ...(parsed.success ? {} : zodFieldErrors(parsed.error)) };
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, state: { status: "error", code: "VALIDATION", message: GENERIC_MESSAGES.VALIDATION, fieldErrors } };
  return { ok: true, data: parsed.data };
}

const sessionEnded: ActionState<never> = { status: "error", code: "UNAUTHENTICATED", message: M.sessionEnded };

/**
 * The second step of signing in. Only a session that has passed the password and owes a code may
 * call it; a session that is already complete is sent on its way. Its answers, like the setup's, are
 * worded by `spokenTo`: these actions are not built with `authorizedAction`.
 */
export const verifySignInCodeAction = spokenTo(verifyCode);

async function verifyCode(_previous: ActionState<never> | undefined, payload: FormData | Record<string, unknown>): Promise<ActionState<never>> {
  try {
    const pending = await pendingSession();
    const input = parse(codeSchema, payload);
    if (!pending || pending.step !== "verify") {
      // Verified meanwhile (in another tab, say): the page itself sends a complete session on.
      return (await currentActor()) ? { status: "error", code: "REFUSED", message: M.alreadyVerified } : sessionEnded;
    }
    if (!input.ok) return input.state;
    const outcome = await verifySignInCode(who(pending.actor), input.data.code, await requestContext(pending.actor));
    if (!outcome.ok) return { status: "error", code: outcome.code, message: outcome.message, fieldErrors: outcome.fieldErrors };
    await markSessionVerified();
    const returnTo = safeReturnPath(input.data.returnTo);
    redirect(outcome.data.method === "recovery_code" ? withReturnTo("/account/security", returnTo, { notice: "recovery-code-used" }) : returnTo);
  } catch (error) {
    return actionFailure("verifySignInCodeAction", error);
  }
}

const SETUP_PROOF = "second-factor-setup";

/**
 * Confirms a new authenticator app: from a complete session (setting one up, or replacing it), or
 * from a session whose role requires one and that has none yet. A session that owes a code for an
 * app already set up cannot set up another instead.
 *
 * A complete session is marked verified at once. A session still signing in is not: changing its
 * cookie would re-render the sign-in page, which would move on before the recovery codes are read.
 * It gets a proof instead, bound to this session, that `completeSetupAction` exchanges once the
 * person has saved their codes.
 */
export const confirmSetupAction = spokenTo(confirmSetupStep);

async function confirmSetupStep(
  _previous: ActionState<SetupResult> | undefined,
  payload: FormData | Record<string, unknown>,
): Promise<ActionState<SetupResult>> {
  try {
    const full = await currentActor();
    const pending = full ? null : await pendingSession();
    const actor = full ?? (pending?.step === "setup" ? pending.actor : null);
    if (!actor) return sessionEnded;
    const input = parse(replaceSchema, payload);
    if (!input.ok) return input.state;
    const outcome = await confirmSetup(who(actor), input.data, await requestContext(actor));
    if (!outcome.ok) return { status: "error", code: outcome.code, message: outcome.message, fieldErrors: outcome.fieldErrors };
    if (full) {
      await markSessionVerified();
      return { status: "success", data: { recoveryCodes: outcome.data.recoveryCodes, proof: null } };
    }
    const proof = await encode({ token: { purpose: SETUP_PROOF, uid: actor.userId, authAt: pending!.signedInAt }, secret: authSecret(), maxAge: PENDING_SESSION_SECONDS });
    return { status: "success", data: { recoveryCodes: outcome.data.recoveryCodes, proof } };
  } catch (error) {
    return actionFailure("confirmSetupAction", error);
  }
}

type SetupResult = { recoveryCodes: string[]; proof: string | null };

/** The end of setting up while signing in: the session that set the app up is now complete. */
export const completeSetupAction = spokenTo(completeSetup);

async function completeSetup(_previous: ActionState<never> | undefined, payload: FormData | Record<string, unknown>): Promise<ActionState<never>> {
  try {
    const pending = await pendingSession();
    const input = parse(proofSchema, payload);
    if (!pending) return (await currentActor()) ? { status: "error", code: "REFUSED", message: M.alreadyVerified } : sessionEnded;
    if (!input.ok) return input.state;
    const proof = (await decode({ token: input.data.proof, secret: authSecret() }).catch(() => null)) as { purpose?: string; uid?: string; authAt?: number } | null;
    if (proof?.purpose !== SETUP_PROOF || proof.uid !== pending.actor.userId || proof.authAt !== pending.signedInAt) return sessionEnded;
    await markSessionVerified();
    redirect(safeReturnPath(input.data.returnTo));
  } catch (error) {
    return actionFailure("completeSetupAction", error);
  }
}

export const renewRecoveryCodesAction = authorizedAction(
  "renewRecoveryCodesAction",
  { permission: "account.manage_own", input: emptySchema, target: () => ({ kind: "self" }) },
  async ({ actor, context }) => renewRecoveryCodes(who(actor), context),
);

export const turnOffSecondFactorAction = authorizedAction(
  "turnOffSecondFactorAction",
  { permission: "account.manage_own", input: codeSchema, target: () => ({ kind: "self" }) },
  async ({ input, actor, context }) => turnOffSecondFactor(who(actor), input.code, secondFactorRequired(actor.grants), context),
);

export const resetSecondFactorAction = authorizedAction(
  "resetSecondFactorAction",
  { permission: "user.manage", input: resetSchema, target: () => ({ kind: "organization" }) },
  async ({ input, context }) => {
    const outcome = await resetSecondFactor(input.userId, input.reason, context);
    if (outcome.ok) revalidatePath(`/admin/users/${input.userId}`);
    return outcome;
  },
);
