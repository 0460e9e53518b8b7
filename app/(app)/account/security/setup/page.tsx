import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SetupPanel } from "@/components/second-factor/setup-panel";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestContext, requireActor } from "@/lib/auth/guard";
import { factorStatus } from "@/lib/second-factor/data";
import { startSetup } from "@/lib/second-factor/mutations";
import { setupQrSvg } from "@/lib/second-factor/qr";
import { groupedSecret } from "@/lib/second-factor/totp";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("security.setup");
  return { title: t("metaTitle") };
}

export default async function SecuritySetupPage() {
  const actor = await requireActor();
  const [status, secret] = await Promise.all([
    factorStatus(actor.userId),
    startSetup({ userId: actor.userId, personId: actor.personId, email: actor.email }, await requestContext(actor)),
  ]);
  const t = await getTranslations("security");
  return (
    <ClientMessages paths={["signIn.code", "signIn.setup"]}>
      <PageHeader title={t("title")} description={actor.email} />
      <Card title={status.enrolled ? t("setup.move") : t("setup.setUp")}>
        <SetupPanel qrSvg={await setupQrSvg(secret, actor.email)} secret={groupedSecret(secret)} account={actor.email} replacing={status.enrolled} continueHref="/account/security" />
      </Card>
    </ClientMessages>
  );
}
