import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { OIDC_E2E, OIDC_E2E_ISSUER, SSO_APP_PORT } from "./tests/e2e/support/oidc-settings";

/**
 * End-to-end tests in Chromium against the production build, on an embedded database of their own
 * (data/e2e, recreated each run). The browser is Playwright's own when installed; otherwise
 * CHROMIUM_PATH, falling back to Debian's /usr/bin/chromium (machines without internet access cannot
 * download Playwright's browser).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
// A fixed server-actions key, as a release build has one: the multi-instance spec starts the same
// build with `npm run serve`, which refuses a build without it. CI exports the same value for its
// build step, so the e2e run finds that build up to date.
const actionsKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "Y2xlYXJlZC1lMmUtYWN0aW9ucy1rZXktMzItYnl0ZXM=";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  // The OpenID provider single sign-on signs in against (tests/e2e/sso.spec.ts).
  globalSetup: "./tests/e2e/support/oidc-provider.ts",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /phone\.spec\.ts/ },
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, testMatch: /phone\.spec\.ts/ },
  ],
  webServer: [
    {
      command: "rm -rf data/e2e data/e2e.lock && npm start",
      url: `http://localhost:${port}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { PORT: String(port), DATABASE_URL: "pglite:./data/e2e", NEXT_TELEMETRY_DISABLED: "1", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey },
    },
    {
      // The same build with single sign-on configured, on a database of its own. It starts once the
      // first server answers, so the build is made once (npm start finds it up to date).
      command: `until curl -sf http://localhost:${port}/api/health >/dev/null; do sleep 1; done; rm -rf data/e2e-sso data/e2e-sso.lock && npm start`,
      url: `http://localhost:${SSO_APP_PORT}/api/health`,
      timeout: 400_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(SSO_APP_PORT),
        DATABASE_URL: "pglite:./data/e2e-sso",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
        OIDC_ISSUER: OIDC_E2E_ISSUER,
        OIDC_CLIENT_ID: OIDC_E2E.clientId,
        OIDC_CLIENT_SECRET: OIDC_E2E.clientSecret,
        OIDC_NAME: OIDC_E2E.name,
      },
    },
  ],
});
