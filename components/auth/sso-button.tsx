"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { safeReturnPath } from "@/lib/auth/return-to";

/**
 * "Sign in with <provider>": next-auth's client starts the flow (CSRF token, then a POST that
 * answers with the provider's authorization URL) and sends the browser there; the return path is
 * checked again here, as the password form does.
 */
export function SsoButton({ providerId, name, returnTo = "/" }: { providerId: string; name: string; returnTo?: string }) {
  const t = useTranslations("signIn");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    try {
      await signIn(providerId, { callbackUrl: safeReturnPath(returnTo) });
    } catch {
      setError(t("errors.unreachable"));
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error" title={error} /> : null}
      <button type="button" onClick={start} disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? t("sso.opening", { provider: name }) : t("sso.button", { provider: name })}
      </button>
    </div>
  );
}
