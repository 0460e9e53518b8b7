import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cleared", template: "%s · Cleared" },
  description: "May this medical assistant do this task, here, right now? Clearances with the reasons behind them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115c49" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
