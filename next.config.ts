import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/body-limit";

const nextConfig: NextConfig = {
  // PGlite loads its .wasm and .data files from its package directory at run time; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pglite-prisma-adapter", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // Evidence uploads: up to four files of 10 MB in one form. The proxy must not cut them short.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES,
  },
  // Static files bypass proxy.ts; they still get the headers that apply to every response.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

// The request's language and catalogs (lib/i18n/request.ts); no locale in the URL.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
