import { NextResponse } from "next/server";
import { signInPath } from "@/lib/auth/return-to";
import { secureCookies } from "@/lib/auth/session-policy";
import { problem, queryErrors } from "@/lib/http/problem";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "@/lib/i18n/locales";
import { localeChoiceSchema } from "@/lib/i18n/schema";

export const dynamic = "force-dynamic";

/**
 * Public by design: the sign-in page's "Español" / "English" (a plain form, so it works without
 * JavaScript). Keeps a signed-out visitor's language in a cookie (a signed-in user's own choice
 * still wins, lib/i18n/request.ts) and sends them back to the sign-in page they were on. Anything
 * but one of our languages is refused and sets nothing.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const parsed = localeChoiceSchema.safeParse({ locale: form?.get("locale"), returnTo: form?.get("returnTo") });
  if (!parsed.success) return problem(400, "Unknown language", "Choose one of the languages offered.", queryErrors(parsed.error));
  const response = new NextResponse(null, { status: 303, headers: { Location: signInPath(parsed.data.returnTo), "Cache-Control": "no-store" } });
  response.cookies.set(LOCALE_COOKIE, parsed.data.locale, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS });
  return response;
}
