"use client";

import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";

/**
 * Production strips an error's message before it reaches this boundary; its digest survives. The
 * guard rethrows a database out of reach as DatabaseUnavailableError, whose digest is fixed, so the
 * page can say what happened and that waiting a moment is the fix. "Try again" is `retry()`, which
 * fetches the page from the server again (`reset()` would only re-render what already failed).
 * It renders inside the root layout, so its words are in the reader's language.
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errors");
  const unavailable = error.digest?.split("@")[0] === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-bold">{unavailable ? t("unavailableTitle") : t("title")}</h1>
      <p className="mt-2 text-muted">{unavailable ? t("unavailableBody") : error.digest ? t("bodyWithReference", { reference: error.digest }) : t("body")}</p>
      <button type="button" onClick={() => retry()} className="mt-6 min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </main>
  );
}
