import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/access/policy";
import { factorStep, PENDING_SESSION_SECONDS, secondFactorRequired, type FactorStep } from "@/lib/second-factor/policy";
import { loadSessionUser } from "./data";
import { signInPath, withReturnTo } from "./return-to";
import { sessionCookieName, sessionExpired } from "./session-policy";
import { decodeSessionToken } from "./session-token";

/**
 * The session behind a request, for the guard (lib/auth/guard.ts, which re-exports these): its
 * actor, re-read from the database, once both factors are passed; or the sign-in step it still owes.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await currentSession();
  return session?.step === "complete" ? session.actor : null;
}

/** `signedInAt`: when this session passed the password (ties a setup to the session that did it). */
export type PendingSession = { actor: Actor; step: Exclude<FactorStep, "complete">; required: boolean; signedInAt: number };

/**
 * A session that has passed the password but still owes the second factor: it reaches nothing but
 * the second-factor pages (every other entry point sees no actor), and only for a few minutes.
 */
export async function pendingSession(): Promise<PendingSession | null> {
  const session = await currentSession();
  return session && session.step !== "complete" ? { actor: session.actor, step: session.step, required: session.required, signedInAt: session.signedInAt } : null;
}

/**
 * For the second-factor pages: the session that owes `step`, or a redirect to where this session
 * belongs (the page asked for once complete, sign-in once ended, the other step).
 */
export async function requirePendingStep(step: PendingSession["step"], returnTo: string): Promise<PendingSession> {
  const pending = await pendingSession();
  if (!pending) redirect((await currentActor()) ? returnTo : signInPath(returnTo));
  if (pending.step !== step) redirect(withReturnTo(`/sign-in/${pending.step}`, returnTo));
  return pending;
}

/**
 * Once per request: a layout and its page (and every component between) that ask for the actor
 * share one read of the database. (`cache` memoizes within a server render; a route handler or a
 * server action reads once anyway.)
 */
const currentSession = cache(async function currentSession(): Promise<{ actor: Actor; step: FactorStep; required: boolean; signedInAt: number } | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const now = Math.floor(Date.now() / 1000);
  // The token's encryption and expiry are verified there; the rest is checked against the database.
  const claims = await decodeSessionToken(raw, now);
  if (!claims || sessionExpired(claims, now)) return null;
  const user = await loadSessionUser(claims.uid as string, claims.sv as number);
  if (!user) return null;
  const required = secondFactorRequired(user.actor.grants);
  const step = factorStep({ required, enrolled: user.secondFactorEnrolled, verifiedAt: claims.mfa });
  if (step !== "complete" && now - (claims.authAt as number) > PENDING_SESSION_SECONDS) return null;
  // A password an admin set (to be replaced at first sign-in) means nothing to someone who signs in
  // through the identity provider: they are not sent to change it.
  const actor = claims.via === "sso" ? { ...user.actor, mustChangePassword: false } : user.actor;
  return { actor, step, required, signedInAt: claims.authAt as number };
});

