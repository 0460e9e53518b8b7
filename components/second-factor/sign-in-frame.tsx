import { BrandMark } from "@/components/shell/brand-mark";
import { SignOutButton } from "@/components/shell/sign-out-button";

/** The frame of the second sign-in step: the same card as sign-in, with a way out. */
export function SignInStepFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <BrandMark size="lg" />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-bold">{title}</h1>
          {children}
        </div>
        <div className="mt-4 flex justify-center">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
