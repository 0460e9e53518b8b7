import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js resolves "server-only" to an empty module on the server; tests are server code too.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

// An unusual zone with a 45-minute offset: code that forgets a time zone fails loudly here.
process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-database.ts"],
          setupFiles: ["tests/support/test-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
    ],
  },
});
