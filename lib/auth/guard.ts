import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { can, hasRole, locationsInScope, reachableLocations, type Actor, type Permission, type Target } from "@/lib/access/policy";
import { recordAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import { getLocations, listLocations, type LocationSummary } from "@/lib/location/data";
import { personTarget } from "@/lib/person/data";
import { unavailableAsDigest } from "@/lib/db/unavailable";
import { forwarded, trustedProxyCount } from "@/lib/http/forwarded";
import { problem } from "@/lib/http/problem";
import { answerUnavailable } from "@/lib/http/unavailable";
import { logger, type Logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { countRequest } from "@/lib/rate-limit/mutations";
import { RATE_LIMITS, type Caller, type LimitKind } from "@/lib/rate-limit/window";
import { findTokenByHash } from "@/lib/token/data";
import { touchToken } from "@/lib/token/mutations";
import { SCOPE_PERMISSIONS, tokenActor, tokenHasPermission, type Scope } from "@/lib/token/scope";
import { bearerSecret, hashTokenSecret } from "@/lib/token/secret";
import { needsTouch, tokenStatus } from "@/lib/token/status";
import { idSchema } from "@/lib/validation/fields";
import { REQUESTED_PATH_HEADER, signInPath, withReturnTo } from "./return-to";
import { currentActor, pendingSession } from "./session";

/**
 * The one authorization guard. Every page, server action and route handler goes through it: it reads
 * the session, re-reads the actor from the database, and decides with the pure policy. The lib/
 * exception to "only actions.ts imports Next.js": this is where HTTP meets the domain.
 */
export { currentActor, pendingSession, requirePendingStep, type PendingSession } from "./session";

/** Where a signed-out page request goes: the second-factor step it still owes, or sign-in. */
async function signInRedirect(): Promise<never> {
  const pending = await unavailableAsDigest(pendingSession());
  const path = await requestedPath();
  redirect(pending ? withReturnTo(`/sign-in/${pending.step}`, path) : signInPath(path));
}

/** This request's logger: its lines carry the id the proxy set (the plain logger outside a request). */
export async function requestLogger(): Promise<Logger> {
  let id: string | null = null;
  try {
    id = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // Outside a request (a script, the worker): nothing to tie the lines to.
  }
  return id ? logger.child({ requestId: id }) : logger;
}

export async function requestContext(actor: Actor | null): Promise<AuditContext> {
  const h = await headers();
  return {
    actorUserId: actor && !actor.token ? actor.userId : null,
    actorLabel: actor?.email ?? "anonymous",
    ip: forwarded({ forwardedFor: h.get("x-forwarded-for"), forwardedProto: h.get("x-forwarded-proto") }, trustedProxyCount()).clientAddress,
    userAgent: h.get("user-agent")?.slice(0, 500) ?? null,
  };
}

/** Records a refused access (ASVS V16): who tried to reach what. */
export async function recordDenied(actor: Actor | null, permission: Permission | "signed_in", target: Target | null, entry: string) {
  await recordAuditEvent(await requestContext(actor), {
    action: "access.denied",
    entityType: target?.kind ?? "none",
    entityId: target && "personId" in target ? target.personId : target && "locationId" in target ? target.locationId : null,
    personId: target?.kind === "person" ? target.personId : null,
    after: { permission, entry },
  });
}

/** The page this request asked for (path and query, set by the proxy), checked as a return path. */
async function requestedPath(): Promise<string> {
  return (await headers()).get(REQUESTED_PATH_HEADER) ?? "/";
}

/**
 * For pages: the signed-in actor, or a redirect to sign-in (or to the forced password change) that
 * carries the page asked for, so that a link opened while signed out (or after the session expired)
 * still lands on its page once signed in.
 */
export async function requireActor(): Promise<Actor> {
  // The first query of every page: a database out of reach here shows app/error.tsx's own message.
  const actor = await unavailableAsDigest(currentActor());
  if (!actor) return signInRedirect();
  if (actor.mustChangePassword) redirect(withReturnTo("/account/password", await requestedPath()));
  return actor;
}

/**
 * For pages that show one object: answers not-found when the object does not exist or the actor
 * may not reach it, so that guessing ids reveals nothing (not even that the object exists).
 */
export async function requirePage(permission: Permission, target: Target | null, entry: string): Promise<Actor> {
  const actor = await requireActor();
  if (!target || !can(actor, permission, target)) {
    await recordDenied(actor, permission, target, entry);
    notFound();
  }
  return actor;
}

/** Like `requireActor`, but for pages allowed before a forced password change. */
export async function requireActorAllowingPasswordChange(): Promise<Actor> {
  const actor = await unavailableAsDigest(currentActor());
  if (!actor) return signInRedirect();
  return actor;
}

/** For list pages: the locations the actor may reach with `permission`; not-found when none. */
export async function requireScope(permission: Permission, entry: string): Promise<{ actor: Actor; scope: "all" | string[] }> {
  const actor = await requireActor();
  const scope = reachableLocations(actor, permission);
  if (scope !== "all" && scope.length === 0) {
    await recordDenied(actor, permission, null, entry);
    notFound();
  }
  return { actor, scope };
}

/**
 * For pages about one person's records at their locations: not-found unless the actor may reach the
 * person, and only the person's locations the actor may reach (a manager sees their own locations'
 * part of a person who works at several; a person sees all of their own).
 */
export async function requirePersonScope(permission: Permission, personId: string, entry: string): Promise<{ actor: Actor; locationIds: string[] }> {
  const actor = await requireActor();
  const scope = await personScope(actor, permission, personId, entry);
  if (!scope) notFound();
  return { actor, locationIds: scope };
}

/**
 * The one rule for which of a person's locations an actor reaches: none unless the actor may reach
 * the person; then all of their own, or the person's locations the actor may reach. Recorded when
 * refused (and auditors' views when allowed). Pages and routes both use it.
 */
async function personScope(actor: Actor, permission: Permission, personId: string, entry: string): Promise<string[] | null> {
  const parsed = idSchema.safeParse(personId);
  const target = parsed.success ? await personTarget(parsed.data) : null;
  if (!target || target.kind !== "person" || !can(actor, permission, target)) {
    await recordDenied(actor, permission, target, entry);
    return null;
  }
  const locationIds = target.personId === actor.personId ? [...target.locationIds] : target.locationIds.filter((id) => can(actor, permission, { ...target, locationIds: [id] }));
  await recordAuditorView(actor, target, entry);
  return locationIds;
}

/**
 * For routes about one person at one location: allowed only when the location is one of the
 * person's and within the actor's reach of them (the intersection, never widened by the location
 * asked for). Refusals are recorded; the route answers 404.
 */
export async function authorizePersonAt(actor: Actor, permission: Permission, personId: string, locationId: string, entry: string): Promise<boolean> {
  const scope = await personScope(actor, permission, personId, entry);
  if (!scope) return false;
  if (!scope.includes(locationId)) {
    await recordDenied(actor, permission, { kind: "location", locationId }, entry);
    return false;
  }
  return true;
}

/**
 * Surveyors' and auditors' reading of a person's records is itself on the record: each page view or
 * download by an auditor appends an event naming what was opened.
 */
async function recordAuditorView(actor: Actor, target: Target, entry: string) {
  if (target.kind !== "person" || target.personId === actor.personId || !hasRole(actor, "auditor")) return;
  await recordAuditEvent(await requestContext(actor), { action: "record.viewed", entityType: "Person", entityId: target.personId, personId: target.personId, after: { entry } });
}

/**
 * For reports over locations (pages and routes): the locations asked for, or every one in reach when
 * none is named. Refused (recorded, answered as not found: null) when any asked for is out of reach.
 */
export async function authorizeLocations(actor: Actor, permission: Permission, requested: readonly string[], entry: string): Promise<LocationSummary[] | null> {
  const existing = await listLocations();
  const ids = locationsInScope(reachableLocations(actor, permission), requested, existing.map((l) => l.id));
  if (!ids) {
    const outside = requested.find((id) => !can(actor, permission, { kind: "location", locationId: id }));
    await recordDenied(actor, permission, outside ? { kind: "location", locationId: outside } : null, entry);
    return null;
  }
  return existing.filter((l) => ids.includes(l.id));
}

/** `authorizeLocations` for pages: sign-in redirect without a session, not-found when refused. */
export async function requireLocations(permission: Permission, requested: readonly string[], entry: string): Promise<{ actor: Actor; locations: LocationSummary[] }> {
  const actor = await requireActor();
  const locations = await authorizeLocations(actor, permission, requested, entry);
  if (!locations) notFound();
  return { actor, locations };
}

/**
 * Every protected route handler is built with this, so that authentication comes first: a request
 * without a valid session answers 401 before any parameter is read, and learns nothing about what
 * the route accepts. The handler gets the actor and does the rest (parse, then authorize against
 * the object with the functions below).
 */
export function authenticatedRoute<Context = undefined>(
  handler: (request: Request, actor: Actor, context: Context) => Promise<Response>,
  options: { limit?: LimitKind } = {},
): (request: Request, ...context: Context extends undefined ? [] : [Context]) => Promise<Response> {
  return (request, ...context) =>
    answerUnavailable(async () => {
      const actor = await currentActor();
      if (!actor || actor.mustChangePassword) return problem(401, "Not signed in");
      const limited = options.limit ? await rateLimited(request, options.limit, { kind: "user", id: actor.userId }, actor) : null;
      return limited ?? (await handler(request, actor, context[0] as Context));
    }, requestLogger);
}

/**
 * After authentication (so a caller without credentials still learns only 401): null when the
 * caller is within `limit`, else 429 with Retry-After. The first refusal of each window is audited,
 * naming the limit and the kind of caller (the token's or user's id, never a secret).
 */
async function rateLimited(request: Request, limit: LimitKind, caller: Caller, actor: Actor): Promise<Response | null> {
  const decision = await countRequest(limit, caller, new Date());
  if (decision.allowed) return null;
  if (decision.firstRefusal) {
    const { max, windowMs } = RATE_LIMITS[limit];
    await recordAuditEvent(await requestContext(actor), {
      action: "rate.limited",
      entityType: caller.kind === "token" ? "ApiToken" : "User",
      entityId: caller.id,
      after: { limit, caller: caller.kind, max, windowSeconds: windowMs / 1000, entry: `${request.method} ${new URL(request.url).pathname}` },
    });
  }
  const refused = problem(429, "Too many requests", `At most ${RATE_LIMITS[limit].max} ${limit === "api" ? "API requests" : "exports"} a minute; try again in ${decision.retryAfter} seconds.`);
  refused.headers.set("Retry-After", String(decision.retryAfter));
  return refused;
}

/**
 * For /api/v1/* (integrations): `authenticatedRoute`, except that a request carrying an
 * `Authorization` header is authenticated by its API token alone. Unknown, revoked and expired
 * tokens answer 401, a token without `scope` 403; each refusal is on the audit trail. The handler
 * then authorizes against the object as for a person (`authorizeTokenLocation` first, for a 403).
 */
export function integrationRoute(scope: Scope, handler: (request: Request, actor: Actor) => Promise<Response>): (request: Request) => Promise<Response> {
  const withSession = authenticatedRoute(handler, { limit: "api" });
  return (request) => answerUnavailable(() => byToken(request), requestLogger);
  async function byToken(request: Request): Promise<Response> {
    const header = request.headers.get("authorization");
    if (header === null) return withSession(request);
    const entry = `${request.method} ${new URL(request.url).pathname}`;
    const caller = await tokenCaller(header, new Date());
    if (!caller.actor) {
      await recordAuditEvent(await requestContext(null), { action: "token.refused", entityType: "ApiToken", entityId: caller.tokenId, after: { reason: caller.reason, entry } });
      const refused = problem(401, "Invalid token", caller.reason === "invalid" ? "Send Authorization: Bearer with a token an administrator created." : `This token is ${caller.reason}; ask an administrator for a new one.`);
      refused.headers.set("WWW-Authenticate", 'Bearer error="invalid_token"');
      return refused;
    }
    const limited = await rateLimited(request, "api", { kind: "token", id: caller.tokenId }, caller.actor);
    if (limited) return limited;
    if (!tokenHasPermission(caller.actor.token!, SCOPE_PERMISSIONS[scope])) {
      await recordDenied(caller.actor, SCOPE_PERMISSIONS[scope], null, entry);
      return problem(403, "Insufficient scope", `This token does not have the ${scope} scope.`);
    }
    return handler(request, caller.actor);
  }
}

type TokenCaller = { actor: Actor; tokenId: string } | { actor: null; tokenId: string | null; reason: "invalid" | "revoked" | "expired" };

async function tokenCaller(header: string, now: Date): Promise<TokenCaller> {
  const secret = bearerSecret(header);
  const token = secret ? await findTokenByHash(hashTokenSecret(secret)) : null;
  if (!token) return { actor: null, tokenId: null, reason: "invalid" };
  const status = tokenStatus(token, now);
  if (status !== "active") return { actor: null, tokenId: token.id, reason: status };
  if (needsTouch(token.lastUsedAt, now)) await touchToken(token.id, now);
  return { actor: tokenActor(token), tokenId: token.id };
}

/**
 * For integration routes about one location: a token limited to other locations is refused with
 * 403 (recorded), since the caller knows which locations its token names; null to go on. A session
 * is answered by the usual checks (404), which reveal nothing.
 */
export async function authorizeTokenLocation(actor: Actor, permission: Permission, locationId: string, entry: string): Promise<Response | null> {
  if (!actor.token || can(actor, permission, { kind: "location", locationId })) return null;
  await recordDenied(actor, permission, { kind: "location", locationId }, entry);
  return problem(403, "Location not allowed", "This token is limited to other locations.");
}

/**
 * For route handlers, which answer with a status rather than a page: false (the route answers 404)
 * when the object does not exist or is out of reach, recorded as a refused access.
 */
export async function authorizeRequest(actor: Actor, permission: Permission, target: () => Promise<Target | null>, entry: string): Promise<boolean> {
  const resolved = await target();
  if (!resolved || !can(actor, permission, resolved)) {
    await recordDenied(actor, permission, resolved, entry);
    return false;
  }
  await recordAuditorView(actor, resolved, entry);
  return true;
}

/** For pages about one location: the location itself, or not-found when it does not exist or is out of reach. */
export async function requireLocation(permission: Permission, locationId: string, entry: string): Promise<{ actor: Actor; location: LocationSummary }> {
  const parsed = idSchema.safeParse(locationId);
  const [location] = parsed.success ? await getLocations([parsed.data]) : [];
  const actor = await requirePage(permission, location ? { kind: "location", locationId: location.id } : null, entry);
  return { actor, location: location! };
}
