"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { safeReturnPath } from "@/lib/auth/return-to";

/** `returnTo`: the page to open once signed in (the one a link asked for), checked again here. */
export function SignInForm({ notice, returnTo = "/" }: { notice?: string; returnTo?: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
      if (result?.ok && !result.error) {
        router.replace(safeReturnPath(returnTo));
        router.refresh();
        return;
      }
      // The credentials check's own message comes in the visitor's language (lib/auth/options.ts).
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("errors.invalid"));
    } catch {
      setError(t("errors.unreachable"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      {notice && !error ? <Alert tone="info" title={notice} /> : null}
      {error ? <Alert id="sign-in-error" tone="error" title={error} /> : null}
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required maxLength={254} />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required maxLength={512} />
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? t("signingIn") : t("heading")}
      </button>
    </form>
  );
}
