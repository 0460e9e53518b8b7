"use client";

import { NextIntlClientProvider, useTranslations } from "next-intl";
import englishErrors from "@/lib/i18n/messages/en/errors.json" with { type: "json" };
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";

/**
 * As app/error.tsx, for an error in the root layout itself (it renders its own html and body). The
 * root layout's provider, and with it the request's language, is what failed, so this page brings
 * its own provider with the English "errors" catalog only (not every catalog in the browser bundle).
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <NextIntlClientProvider locale="en" messages={{ errors: englishErrors }} timeZone="UTC">
          <GlobalErrorMain error={error} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorMain({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errors");
  const unavailable = error.digest?.split("@")[0] === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main">
      <h1>{unavailable ? t("unavailableTitle") : t("title")}</h1>
      <p>{unavailable ? t("unavailableBody") : error.digest ? t("bodyWithReference", { reference: error.digest }) : t("body")}</p>
      <button type="button" onClick={() => retry()}>
        {t("retry")}
      </button>
    </main>
  );
}
