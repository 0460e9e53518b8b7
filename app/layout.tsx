import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { BASE, pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cleared", template: "%s · Cleared" },
  description: "May this medical assistant do this task, here, right now? Clearances with the reasons behind them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115c49" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        {/* Without `messages` the provider would send the whole catalog with every page; see lib/i18n/client-messages.ts. */}
        <NextIntlClientProvider messages={pickMessages(messages, BASE)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
