"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { secureCookies } from "@/lib/auth/session-policy";
import { LOCALE_COOKIE, LOCALES } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const choiceSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * The sign-in page's language link: keeps a signed-out visitor's language in a cookie for a year
 * (lib/i18n/request.ts reads it after a signed-in user's own choice). Anything but one of our
 * languages is refused and sets nothing. Setting a cookie in an action makes Next.js render the
 * page again, so it comes back in the chosen language.
 */
export async function chooseLocaleAction(payload: FormData): Promise<void> {
  const parsed = choiceSchema.safeParse({ locale: payload.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: ONE_YEAR_SECONDS });
}
