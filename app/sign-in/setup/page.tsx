import type { Metadata } from "next";
import { SetupPanel } from "@/components/second-factor/setup-panel";
import { SignInStepFrame } from "@/components/second-factor/sign-in-frame";
import { requestContext, requirePendingStep } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";
import { startSetup } from "@/lib/second-factor/mutations";
import { setupQrSvg } from "@/lib/second-factor/qr";
import { groupedSecret } from "@/lib/second-factor/totp";

export const metadata: Metadata = { title: "Set up a second factor" };

/** Reached only by a session whose role requires a second factor and that has none set up yet. */
export default async function SignInSetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const returnTo = returnPathFrom(await searchParams);
  const { actor } = await requirePendingStep("setup", returnTo);
  const secret = await startSetup({ userId: actor.userId, personId: actor.personId, email: actor.email }, await requestContext(actor));
  return (
    <SignInStepFrame title="Set up a second factor">
      <p className="mb-4 text-sm text-muted">
        Your role lets you change or export staff records, so signing in takes a code from an authenticator app as well as your password. This takes about a minute.
      </p>
      <SetupPanel qrSvg={await setupQrSvg(secret, actor.email)} secret={groupedSecret(secret)} account={actor.email} replacing={false} continueHref={returnTo} />
    </SignInStepFrame>
  );
}
