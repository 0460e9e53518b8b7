import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SetupPanel } from "@/components/second-factor/setup-panel";
import { SignInStepFrame } from "@/components/second-factor/sign-in-frame";
import { requestContext, requirePendingStep } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";
import { startSetup } from "@/lib/second-factor/mutations";
import { setupQrSvg } from "@/lib/second-factor/qr";
import { groupedSecret } from "@/lib/second-factor/totp";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("setup.title") };
}

/** Reached only by a session whose role requires a second factor and that has none set up yet. */
export default async function SignInSetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const returnTo = returnPathFrom(await searchParams);
  const { actor } = await requirePendingStep("setup", returnTo);
  const t = await getTranslations("signIn");
  const secret = await startSetup({ userId: actor.userId, personId: actor.personId, email: actor.email }, await requestContext(actor));
  return (
    <ClientMessages paths={["signIn.code", "signIn.setup"]}>
      <SignInStepFrame title={t("setup.title")}>
        <p className="mb-4 text-sm text-muted">{t("setup.why")}</p>
        <SetupPanel qrSvg={await setupQrSvg(secret, actor.email)} secret={groupedSecret(secret)} account={actor.email} replacing={false} continueHref={returnTo} />
      </SignInStepFrame>
    </ClientMessages>
  );
}
