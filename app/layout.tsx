import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cleared", template: "%s · Cleared" },
  description: "May this medical assistant do this task, here, right now? Clearances with the reasons behind them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115c49" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
