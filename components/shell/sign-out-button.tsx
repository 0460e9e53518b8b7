"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function SignOutButton() {
  const t = useTranslations("shell");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/sign-in?notice=signed-out" });
      }}
      className="min-h-11 rounded-md px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
