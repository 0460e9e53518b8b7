import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { BASE, pickMessages } from "@/lib/i18n/client-messages";

/**
 * The messages a page's client components read, on top of BASE. A provider replaces the messages
 * of the one around it rather than adding to them, so BASE comes along; wrap the page's whole
 * content, since tests/unit/i18n/client-messages.test.ts counts these paths for everything the page
 * renders.
 */
export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), [...BASE, ...paths])}>{children}</NextIntlClientProvider>;
}
