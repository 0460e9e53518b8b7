import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER, signInPath } from "@/lib/auth/return-to";
import { refreshedSessionToken } from "@/lib/auth/session-refresh";
import { secureCookies, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-policy";
import { bodyTooLarge, bodyTooLargeMessage } from "@/lib/http/body-limit";
import { forwarded, trustedProxyCount } from "@/lib/http/forwarded";
import { problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { REQUEST_ID_HEADER, requestId } from "@/lib/log/request-id";
import { baselineHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import { CONTROL_CHARACTER_MESSAGE, controlCharacterErrors } from "@/lib/validation/form-data";

/**
 * Runs before every request: a request id (X-Request-Id), security headers with a per-request CSP nonce, the idle-timeout
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
  // Set here for the whole request: the guard's log lines read it from the request headers, and the
  // answer carries it back (also on redirects and refusals, which never reach a page).
  const id = requestId(request.headers.get(REQUEST_ID_HEADER), trustedProxyCount());
  requestHeaders.set(REQUEST_ID_HEADER, id);

  const cookieName = sessionCookieName();
  const session = request.cookies.get(cookieName)?.value;
  const isPage = !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
  const publicPage = pathname === "/sign-in";

  const response = refusedBody(request, isPage) ?? refusedQuery(request.nextUrl.searchParams, isPage)
    ?? (!session && isPage && !publicPage
      ? NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url))
      : NextResponse.next({ request: { headers: requestHeaders } }));

  if (session && !pathname.startsWith("/api/auth/")) {
    const refreshed = await refreshedSessionToken(session, Math.floor(Date.now() / 1000)).catch(() => null);
    if (refreshed) {
      response.cookies.set(cookieName, refreshed, sessionCookieOptions());
    }
  }

  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, id);
  for (const [name, value] of Object.entries(baselineHeaders({ https }))) response.headers.set(name, value);
  return response;
}

/**
 * A body larger than the app accepts is refused from its declared length, before it is read:
 * past the limit Next.js would cut it short and the action or route would fail with a 500.
 */
function refusedBody(request: NextRequest, isPage: boolean): NextResponse | null {
  const bytes = Number(request.headers.get("content-length") ?? 0);
  if (!bodyTooLarge(bytes)) return null;
  return refusal(413, "Upload too large", bodyTooLargeMessage(bytes), isPage);
}

/**
 * Every page's and route's query is read here first: one with a control character (NUL above all,
 * which PostgreSQL refuses in text) is answered 400, naming the fields, before any page or route
 * could hand it to the database.
 */
function refusedQuery(params: URLSearchParams, isPage: boolean): NextResponse | null {
  const fields = Object.keys(controlCharacterErrors(queryObject(params)));
  if (fields.length === 0) return null;
  const detail = `The address contains a character that is not allowed (a control character such as NUL) in ${fields.join(", ")}. Remove it and try again.`;
  return refusal(400, "Invalid query", detail, isPage, fields.map((field) => ({ field, message: CONTROL_CHARACTER_MESSAGE })));
}

/** A refusal in the proxy: problem details for the API, the message itself for a person's browser. */
function refusal(status: number, title: string, detail: string, isPage: boolean, errors?: { field: string; message: string }[]): NextResponse {
  if (isPage) return new NextResponse(detail, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const body = problem(status, title, detail, errors);
  return new NextResponse(body.body, { status, headers: body.headers });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
