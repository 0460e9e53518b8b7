import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/user/change-password-form";
import { requireActorAllowingPasswordChange } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("security.password");
  return { title: t("metaTitle") };
}

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorAllowingPasswordChange();
  // Set when a forced change interrupted the way to a page: sign-in afterwards still leads there.
  const returnTo = returnPathFrom(await searchParams);
  const t = await getTranslations("security");
  return (
    <ClientMessages paths={["security.passwordForm"]}>
      <PageHeader title={t("title")} description={actor.email} />
      <Card title={t("password.card")}>
        {actor.mustChangePassword ? (
          <div className="mb-4">
            <Alert tone="warning" title={t("password.mustChangeTitle")}>
              {t("password.mustChangeBody")}
            </Alert>
          </div>
        ) : null}
        <ChangePasswordForm returnTo={returnTo} />
      </Card>
    </ClientMessages>
  );
}
