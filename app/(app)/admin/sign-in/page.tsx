import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SsoSettingsForm } from "@/components/auth/sso-settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { oidcStatus } from "@/lib/auth/oidc";
import { localize } from "@/lib/i18n/localize";
import { ssoSettings } from "@/lib/organization/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.signIn");
  return { title: t("metaTitle") };
}

export default async function SignInSettingsPage() {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/sign-in");
  const [settings, status, t, locale] = await Promise.all([ssoSettings(), oidcStatus(), getTranslations("admin.signIn"), getLocale()]);
  return (
    <ClientMessages paths={["admin.ssoForm"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card title={t("sso")}>
          {status.state === "on" ? (
            // The issuer's host only: enough to recognise the provider, nothing of its configuration.
            <Alert tone="success" title={t("configured", { name: status.config.name, host: new URL(status.config.issuer).host })} />
          ) : status.state === "invalid" ? (
            <Alert tone="error" title={localize(status.problem, locale)} />
          ) : (
            <Alert tone="info" title={t("notConfigured")} />
          )}
        </Card>
        <Card title={t("settings")}>
          <SsoSettingsForm settings={{ ssoCreatesUsers: settings.ssoCreatesUsers, ssoOnly: settings.ssoOnly }} configured={status.state === "on"} />
        </Card>
      </div>
    </ClientMessages>
  );
}
