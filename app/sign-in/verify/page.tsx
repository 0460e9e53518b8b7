import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInCodeForm } from "@/components/second-factor/sign-in-code-form";
import { SignInStepFrame } from "@/components/second-factor/sign-in-frame";
import { currentActor, pendingSession } from "@/lib/auth/guard";
import { returnPathFrom, signInPath, withReturnTo } from "@/lib/auth/return-to";

export const metadata: Metadata = { title: "Verify it's you" };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const returnTo = returnPathFrom(await searchParams);
  const pending = await pendingSession();
  if (!pending) redirect((await currentActor()) ? returnTo : signInPath(returnTo));
  if (pending.step === "setup") redirect(withReturnTo("/sign-in/setup", returnTo));
  return (
    <SignInStepFrame title="Verify it’s you">
      <p className="mb-4 text-sm text-muted">Signed in as {pending.actor.email}. Open your authenticator app and enter the code it shows for Cleared.</p>
      <SignInCodeForm returnTo={returnTo} />
    </SignInStepFrame>
  );
}
