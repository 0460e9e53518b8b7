import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER, signInPath } from "@/lib/auth/return-to";
import { refreshedSessionToken } from "@/lib/auth/session-refresh";
import { secureCookies, sessionCookieName, sessionLifetime } from "@/lib/auth/session-policy";
import { forwarded, trustedProxyCount } from "@/lib/http/forwarded";
import { baselineHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

/**
 * Runs before every request: security headers with a per-request CSP nonce, the idle-timeout
 * session refresh, and a redirect to sign-in for pages requested without a session cookie. The
 * redirect is a convenience only: every page, action and route checks authorization itself. Both
 * this redirect and the guard's (for a session that has expired) carry the page asked for, so that
 * sign-in returns to it; the guard learns it from the request header set here.
 */
export async function proxy(request: NextRequest) {
  // The public URL, or a protocol our own proxies vouch for; never the client's word (nextUrl's
  // protocol is built from the same X-Forwarded-Proto a client can send).
  const https = secureCookies() || forwarded({ forwardedFor: null, forwardedProto: request.headers.get("x-forwarded-proto") }, trustedProxyCount()).https;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Always overwritten, so a client cannot choose it (it is checked as a return path anyway).
  const { pathname, search } = request.nextUrl;
  requestHeaders.set(REQUESTED_PATH_HEADER, `${pathname}${search}`);

  const cookieName = sessionCookieName();
  const session = request.cookies.get(cookieName)?.value;
  const isPage = !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
  const publicPage = pathname === "/sign-in";

  const response =
    !session && isPage && !publicPage
      ? NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url))
      : NextResponse.next({ request: { headers: requestHeaders } });

  if (session && !pathname.startsWith("/api/auth/")) {
    const refreshed = await refreshedSessionToken(session, Math.floor(Date.now() / 1000)).catch(() => null);
    if (refreshed) {
      response.cookies.set(cookieName, refreshed, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: secureCookies(),
        maxAge: sessionLifetime().idleSeconds,
      });
    }
  }

  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(baselineHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
