import NextAuth from "next-auth";
import { requestLogger } from "@/lib/auth/guard";
import { authOptions } from "@/lib/auth/options";
import { answerUnavailable } from "@/lib/http/unavailable";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints (sign-in, sign-out, session, CSRF token): public by nature; sign-in is
// throttled and logged inside the credentials check. Options are built per request so that
// `next build` never reads or creates the session secret.
// A database out of reach is 503 with Retry-After, as on every route (lib/http/unavailable.ts).
const handler = (request: Request, context: Context) => answerUnavailable(() => nextAuth(request, context), requestLogger);

async function nextAuth(request: Request, context: Context) {
  let retryAfter: number | null = null;
  const response = await NextAuth(authOptions({ onThrottled: (seconds) => void (retryAfter = seconds) }))(request, context);
  if (retryAfter === null) return response;
  // A paused sign-in: next-auth's answer (the message for the form) as 429 with Retry-After.
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(retryAfter));
  return new Response(response.body, { status: 429, headers });
}

export { handler as GET, handler as POST };
