import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its .wasm and .data files from its package directory at run time; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pglite-prisma-adapter"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
