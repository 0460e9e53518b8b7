import type { Metadata } from "next";
import { SsoSettingsForm } from "@/components/auth/sso-settings-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { oidcStatus } from "@/lib/auth/oidc";
import { ssoSettings } from "@/lib/organization/data";

export const metadata: Metadata = { title: "Sign-in settings" };

export default async function SignInSettingsPage() {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/sign-in");
  const [settings, status] = await Promise.all([ssoSettings(), oidcStatus()]);
  return (
    <>
      <PageHeader title="Sign-in settings" description="Single sign-on with your identity provider (OpenID Connect), and whether passwords still work." />
      <div className="space-y-6">
        <Card title="Single sign-on">
          {status.state === "on" ? (
            // The issuer's host only: enough to recognise the provider, nothing of its configuration.
            <Alert tone="success" title={`Configured: “Sign in with ${status.config.name}” through ${new URL(status.config.issuer).host}.`} />
          ) : status.state === "invalid" ? (
            <Alert tone="error" title={status.problem} />
          ) : (
            <Alert tone="info" title="Not configured. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET on the server (see the README) and restart it." />
          )}
        </Card>
        <Card title="Settings">
          <SsoSettingsForm settings={{ ssoCreatesUsers: settings.ssoCreatesUsers, ssoOnly: settings.ssoOnly }} configured={status.state === "on"} />
        </Card>
      </div>
    </>
  );
}
