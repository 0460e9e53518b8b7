/**
 * Where sign-in returns to: the page a signed-out person asked for (a link in a message, a bookmark,
 * a page whose session expired), carried through sign-in and the forced password change as the
 * `callbackUrl` query parameter. Pure, so the proxy, the guard, and the sign-in and password pages
 * all read it through the same check.
 */

export const RETURN_TO_PARAM = "callbackUrl";

/** Set by the proxy on every request (overwriting anything the client sent): the path and query asked for. */
export const REQUESTED_PATH_HEADER = "x-cleared-requested-path";

const HOME = "/";
const MAX_LENGTH = 2048;
// Any origin works here: a path resolved against it that keeps it is a same-origin path.
const BASE = new URL("https://return-to.invalid");
// Sign-in would loop, an API route is not a page, and Next's own files are never a destination.
const NOT_DESTINATIONS = [/^\/sign-in(?:[/?#]|$)/i, /^\/api(?:[/?#]|$)/i, /^\/_next(?:[/?#]|$)/i];

/**
 * The path (and query) to return to after sign-in, or Home for anything that is not a same-origin
 * relative path. Refuses protocol-relative paths (`//host`, `/\host`), absolute URLs and schemes
 * (`https:`, `javascript:`), control characters (browsers drop tabs and newlines, so `/\t/host` is
 * `//host` to them), and the sign-in page and API routes. The fragment is dropped: it never reaches
 * the server, so it cannot have been part of the request.
 */
export function safeReturnPath(input: unknown): string {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_LENGTH) return HOME;
  if (!input.startsWith("/") || input.startsWith("//") || input.includes("\\")) return HOME;
  if (/[\u0000-\u001f\u007f]/.test(input)) return HOME;
  let url: URL;
  try {
    url = new URL(input, BASE);
  } catch {
    return HOME;
  }
  if (url.origin !== BASE.origin) return HOME;
  // Checked again after parsing: dot segments can produce a path such as `/.//host` -> `//host`.
  const path = `${url.pathname}${url.search}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return HOME;
  if (NOT_DESTINATIONS.some((pattern) => pattern.test(path))) return HOME;
  return path;
}

/**
 * `pathname` with the return path added as `callbackUrl` (left out when it is Home), keeping any
 * other parameters given: `/sign-in?callbackUrl=%2Fpeople%2Fabc`.
 */
export function withReturnTo(pathname: string, returnTo: unknown, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  const path = safeReturnPath(returnTo);
  if (path !== HOME) query.set(RETURN_TO_PARAM, path);
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The sign-in page, returning to `returnTo` afterwards. */
export function signInPath(returnTo: unknown, params: Record<string, string> = {}): string {
  return withReturnTo("/sign-in", returnTo, params);
}

/** The return path from a page's search parameters (the first value when repeated). */
export function returnPathFrom(searchParams: Record<string, string | string[] | undefined>): string {
  const value = searchParams[RETURN_TO_PARAM];
  return safeReturnPath(Array.isArray(value) ? value[0] : value);
}
