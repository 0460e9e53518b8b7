import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { BrandMark } from "@/components/shell/brand-mark";
import { currentActor } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "password-changed": "Password changed. Sign in with your new password.",
  "signed-out": "You are signed out.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const returnTo = returnPathFrom(query);
  if (await currentActor()) redirect(returnTo);
  const notice = query.notice;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <BrandMark size="lg" />
          <p className="text-sm text-muted">May I do this task, here, right now?</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-bold">Sign in</h1>
          <SignInForm notice={typeof notice === "string" ? NOTICES[notice] : undefined} returnTo={returnTo} />
        </div>
        <p className="mt-4 text-center text-xs text-muted">Forgot your password? Ask your clinic administrator to reset it.</p>
      </div>
    </main>
  );
}
