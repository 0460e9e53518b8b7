import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignInCodeForm } from "@/components/second-factor/sign-in-code-form";
import { SignInStepFrame } from "@/components/second-factor/sign-in-frame";
import { requirePendingStep } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("verify.metadataTitle") };
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const returnTo = returnPathFrom(await searchParams);
  const pending = await requirePendingStep("verify", returnTo);
  const t = await getTranslations("signIn");
  return (
    <ClientMessages paths={["signIn.code"]}>
      <SignInStepFrame title={t("verify.title")}>
        <p className="mb-4 text-sm text-muted">{t("verify.intro", { email: pending.actor.email })}</p>
        <SignInCodeForm returnTo={returnTo} />
      </SignInStepFrame>
    </ClientMessages>
  );
}
