import type { Metadata } from "next";
import { SignInCodeForm } from "@/components/second-factor/sign-in-code-form";
import { SignInStepFrame } from "@/components/second-factor/sign-in-frame";
import { requirePendingStep } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";

export const metadata: Metadata = { title: "Verify it's you" };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const returnTo = returnPathFrom(await searchParams);
  const pending = await requirePendingStep("verify", returnTo);
  return (
    <SignInStepFrame title="Verify it’s you">
      <p className="mb-4 text-sm text-muted">Signed in as {pending.actor.email}. Open your authenticator app and enter the code it shows for Cleared.</p>
      <SignInCodeForm returnTo={returnTo} />
    </SignInStepFrame>
  );
}
