import type { Metadata } from "next";
import { SetupPanel } from "@/components/second-factor/setup-panel";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestContext, requireActor } from "@/lib/auth/guard";
import { factorStatus } from "@/lib/second-factor/data";
import { startSetup } from "@/lib/second-factor/mutations";
import { setupQrSvg } from "@/lib/second-factor/qr";
import { groupedSecret } from "@/lib/second-factor/totp";

export const metadata: Metadata = { title: "Set up authenticator app" };

export default async function SecuritySetupPage() {
  const actor = await requireActor();
  const [status, secret] = await Promise.all([
    factorStatus(actor.userId),
    startSetup({ userId: actor.userId, personId: actor.personId, email: actor.email }, await requestContext(actor)),
  ]);
  return (
    <>
      <PageHeader title="Account" description={actor.email} />
      <Card title={status.enrolled ? "Move to a new phone" : "Set up authenticator app"}>
        <SetupPanel qrSvg={await setupQrSvg(secret, actor.email)} secret={groupedSecret(secret)} account={actor.email} replacing={status.enrolled} continueHref="/account/security" />
      </Card>
    </>
  );
}
