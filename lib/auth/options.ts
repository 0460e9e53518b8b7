import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { forwarded, trustedProxyCount } from "@/lib/http/forwarded";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { endSessions } from "./mutations";
import { OIDC_PROVIDER_ID, oidcConfig, oidcProvider } from "./oidc";
import { authSecret } from "./secret";
import { secureCookies, sessionCookieName, sessionLifetime, type SessionClaims } from "./session-policy";
import { signIn, signInRefusal } from "./sign-in";
import { authLogger, resolveSsoProfile, ssoSignInVerdict } from "./sso";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | null {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** One cookie's value from a Cookie header. */
function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const part of cookieHeader?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

/** The sign-in form's language: a visitor is not signed in yet, so their cookie, then their browser's. */
function visitorLocale(headers: HeaderBag): Locale {
  return resolveLocale({ preference: null, cookie: cookieValue(header(headers, "cookie"), LOCALE_COOKIE), acceptLanguage: header(headers, "accept-language") });
}

function cookie(name: string, httpOnly = true) {
  return { name, options: { httpOnly, sameSite: "lax" as const, path: "/", secure: secureCookies() } };
}

/**
 * `onThrottled` hears the seconds a paused sign-in must wait, so the route can answer 429 with
 * Retry-After; the form shows the message either way.
 */
export function authOptions({ onThrottled }: { onThrottled?: (retryAfter: number) => void } = {}): NextAuthOptions {
  const { idleSeconds } = sessionLifetime();
  const secure = secureCookies();
  const oidc = oidcConfig();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: idleSeconds },
    jwt: { maxAge: idleSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    cookies: {
      sessionToken: cookie(sessionCookieName()),
      csrfToken: cookie(secure ? "__Host-cleared.csrf" : "cleared.csrf"),
      callbackUrl: cookie(secure ? "__Secure-cleared.callback" : "cleared.callback"),
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = req?.headers as HeaderBag;
          const result = await signIn(credentials, {
            actorUserId: null,
            actorLabel: "anonymous",
            ip: forwarded({ forwardedFor: header(headers, "x-forwarded-for"), forwardedProto: header(headers, "x-forwarded-proto") }, trustedProxyCount()).clientAddress,
            userAgent: header(headers, "user-agent")?.slice(0, 500) ?? null,
          });
          if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
          if (result.reason === "throttled") onThrottled?.(result.retryAfter);
          // next-auth hands a thrown error's message to the sign-in form as `error`.
          throw new Error(signInRefusal(result, visitorLocale(headers)));
        },
      }),
      // Single sign-on, only when fully configured (see lib/auth/oidc.ts).
      ...(oidc ? [oidcProvider(oidc, resolveSsoProfile)] : []),
    ],
    // Failed single sign-ons (forged state, a token for another client, an expired one...) reach
    // Cleared only through next-auth's logger: it audits them and logs no token contents.
    logger: authLogger,
    callbacks: {
      // Passwords are checked in `authorize` above; a single sign-on is refused here, with its reason.
      signIn({ user, account }) {
        return account?.provider === OIDC_PROVIDER_ID ? ssoSignInVerdict(user) : true;
      },
      jwt({ token, user, account }) {
        if (user) {
          const claims = token as typeof token & SessionClaims;
          claims.uid = user.id;
          claims.via = account?.provider === OIDC_PROVIDER_ID ? "sso" : "password";
          claims.sv = (user as { sessionVersion?: number }).sessionVersion;
          claims.authAt = Math.floor(Date.now() / 1000);
          delete claims.name;
          delete claims.email;
          delete claims.picture;
        }
        return token;
      },
      session({ session, token }) {
        // The browser learns nothing but that it is signed in; pages read the actor from the database.
        return { expires: session.expires, user: { id: (token as SessionClaims).uid } } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const uid = (token as SessionClaims | null)?.uid;
        if (uid) await endSessions(uid, "auth.sign_out");
      },
    },
  };
}
