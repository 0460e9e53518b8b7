import type { OAuthConfig } from "next-auth/providers/oauth";
import type { User } from "next-auth";
import { localize } from "@/lib/i18n/localize";
import { say } from "@/lib/i18n/said";
import { logger } from "@/lib/log/logger";

/**
 * The OpenID Connect provider, configured by environment (read at request time, so a running build
 * picks up a change on restart without rebuilding). All of OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET, or none: a partial configuration is logged as an error and offers no button,
 * never one that fails after the person has clicked it.
 */
export const OIDC_PROVIDER_ID = "oidc";
const DEFAULT_NAME = "your organization's sign-in";
const REQUIRED = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };
/** `problem` is said (lib/i18n/said.ts): the admin page words it for its reader, the log in English. */
export type OidcStatus = { state: "off" } | { state: "invalid"; problem: string } | { state: "on"; config: OidcConfig };

type Env = Record<string, string | undefined>;

/** Loopback issuers may use http (a provider on the same machine, as in tests); any other must use https. */
function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return say("auth.oidc.issuerNotUrl");
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) return say("auth.oidc.issuerNotHttps");
  if (url.search || url.hash) return say("auth.oidc.issuerQuery");
  return null;
}

export function oidcStatus(env: Env = process.env): OidcStatus {
  const values = REQUIRED.map((name) => env[name]?.trim() ?? "");
  const missing = REQUIRED.filter((_, i) => !values[i]);
  if (missing.length === REQUIRED.length) return { state: "off" };
  if (missing.length > 0) return { state: "invalid", problem: say("auth.oidc.missing", { count: missing.length, first: missing[0]!, second: missing[1] ?? "", required: REQUIRED.join(", ") }) };
  const [issuer, clientId, clientSecret] = values as [string, string, string];
  const problem = issuerProblem(issuer);
  if (problem) return { state: "invalid", problem };
  const name = env.OIDC_NAME?.trim().slice(0, 80) || DEFAULT_NAME;
  return { state: "on", config: { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name } };
}

let reported: string | null = null;

/** The configuration, or null; an unusable one is logged once per process (and per distinct problem). */
export function oidcConfig(env: Env = process.env): OidcConfig | null {
  const status = oidcStatus(env);
  if (status.state === "invalid" && reported !== status.problem) {
    reported = status.problem;
    logger.error({ problem: localize(status.problem, "en") }, "Single sign-on is configured but unusable");
  }
  return status.state === "on" ? status.config : null;
}

/** The button's wording: "Sign in with <name>". */
export function oidcDisplayName(env: Env = process.env): string | null {
  return oidcConfig(env)?.name ?? null;
}

/**
 * next-auth's OAuth provider in its OpenID Connect mode: discovery from the issuer, the ID token
 * validated by openid-client (signature from the provider's JWKS, issuer, audience, expiry, nonce),
 * state and PKCE checked against cookies. `profile` turns the verified claims into the Cleared user
 * (or a refusal the signIn callback turns into a redirect).
 */
export function oidcProvider(config: OidcConfig, profile: (claims: Record<string, unknown>) => Promise<User>): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    profile: (claims) => profile(claims),
  };
}
