import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageLink } from "@/components/auth/language-link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BrandMark } from "@/components/shell/brand-mark";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/guard";
import { OIDC_PROVIDER_ID, oidcDisplayName } from "@/lib/auth/oidc";
import { returnPathFrom } from "@/lib/auth/return-to";
import { ssoSettings } from "@/lib/organization/data";
import { signInErrorMessage } from "@/lib/sso/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("heading") };
}

const NOTICES = { "password-changed": "notice.passwordChanged", "signed-out": "notice.signedOut" } as const;

function noticeKey(notice: unknown) {
  return typeof notice === "string" && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as keyof typeof NOTICES] : undefined;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const returnTo = returnPathFrom(query);
  if (await currentActor()) redirect(returnTo);
  const [t, locale] = await Promise.all([getTranslations("signIn"), getLocale()]);
  const notice = noticeKey(query.notice);
  // Only codes we know are shown, in our words: nothing from the query string is echoed.
  const error = typeof query.error === "string" ? (signInErrorMessage(query.error, locale) ?? undefined) : undefined;
  const ssoName = oidcDisplayName();
  const ssoOnly = ssoName ? (await ssoSettings()).ssoOnly : false;
  return (
    <ClientMessages paths={["signIn.email", "signIn.errors", "signIn.heading", "signIn.password", "signIn.signingIn", "signIn.sso"]}>
      <main className="flex min-h-screen items-center justify-center px-4 py-10">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex flex-col items-center gap-2 text-center">
            <BrandMark size="lg" />
            <p className="text-sm text-muted">{t("tagline")}</p>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h1 className="mb-4 text-xl font-bold">{t("heading")}</h1>
            {error ? (
              <div className="mb-4">
                <Alert tone="error" title={error} />
              </div>
            ) : null}
            {ssoName ? (
              <>
                <SsoButton providerId={OIDC_PROVIDER_ID} name={ssoName} returnTo={returnTo} />
                <h2 className="mt-6 mb-3 border-t border-slate-200 pt-4 text-sm font-semibold text-muted">
                  {ssoOnly ? t("ssoAdmins") : t("orPassword")}
                </h2>
              </>
            ) : null}
            <SignInForm notice={notice ? t(notice) : undefined} returnTo={returnTo} />
          </div>
          <p className="mt-4 text-center text-xs text-muted">{t("forgotPassword")}</p>
          <LanguageLink returnTo={returnTo} />
        </div>
      </main>
    </ClientMessages>
  );
}
