import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/policy";
import { isLocale } from "@/lib/i18n/locales";
import { THROTTLE } from "./throttle";

/**
 * The actor behind a session token, re-read from the database on every request: deactivation, role
 * changes and sign-out (which bump `sessionVersion`) take effect on the next request, whatever the
 * token still claims.
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  return (await loadSessionUser(userId, sessionVersion))?.actor ?? null;
}

/** The actor and whether they have an authenticator app set up, in one statement. */
export async function loadSessionUser(userId: string, sessionVersion: number): Promise<{ actor: Actor; secondFactorEnrolled: boolean } | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      locale: true,
      person: { select: { id: true, firstName: true, lastName: true } },
      roleGrants: { select: { role: true, locationId: true, taskId: true } },
      secondFactor: { select: { confirmedAt: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const actor: Actor = {
    userId: user.id,
    personId: user.person.id,
    email: user.email,
    name: `${user.person.firstName} ${user.person.lastName}`,
    grants: user.roleGrants,
    mustChangePassword: user.mustChangePassword,
    locale: isLocale(user.locale) ? user.locale : null,
  };
  return { actor, secondFactorEnrolled: Boolean(user.secondFactor?.confirmedAt) };
}

export async function findUserForSignIn(email: string) {
  return prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, active: true, sessionVersion: true, personId: true },
  });
}

/**
 * Failed attempts inside the throttle window, newest first; account failures stop at the last
 * success. Read inside the transaction that records the attempt (see `startSignInAttempt`). Without
 * a trustworthy address there is no per-address count: every such attempt would otherwise share one
 * counter, and twenty failures anywhere would pause everyone.
 */
export async function recentFailures(db: Tx, email: string, ip: string | null, now: Date) {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const [lastSuccess, byAddress] = await Promise.all([
    db.signInAttempt.findFirst({ where: { email, succeeded: true, at: { gte: since } }, orderBy: { at: "desc" }, select: { at: true } }),
    ip === null
      ? []
      : db.signInAttempt.findMany({
          where: { ip, succeeded: false, at: { gte: since } },
          orderBy: { at: "desc" },
          take: THROTTLE.maxAddressFailures,
          select: { at: true },
        }),
  ]);
  const byAccount = await db.signInAttempt.findMany({
    where: { email, succeeded: false, at: { gte: lastSuccess ? lastSuccess.at : since } },
    orderBy: { at: "desc" },
    take: THROTTLE.maxAccountFailures,
    select: { at: true },
  });
  return { account: byAccount.map((a) => a.at), address: byAddress.map((a) => a.at) };
}
