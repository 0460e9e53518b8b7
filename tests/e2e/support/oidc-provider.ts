import { DEMO } from "./fixtures";
import { OIDC_E2E, SSO_APP_URL } from "./oidc-settings";
import { startTestProvider } from "../../support/oidc-provider";

/**
 * Playwright global setup: a real OpenID provider on a fixed port for the single sign-on specs. Its
 * one login is the demo medical assistant (MAs need no second factor), with a verified email.
 */
export default async function globalSetup() {
  const provider = await startTestProvider({
    port: OIDC_E2E.port,
    clientId: OIDC_E2E.clientId,
    clientSecret: OIDC_E2E.clientSecret,
    redirectUri: `${SSO_APP_URL}/api/auth/callback/oidc`,
    accounts: [{ sub: "maria", email: DEMO.maria, email_verified: true, given_name: "Maria", family_name: "Gonzalez" }],
  });
  provider.loginAs("maria");
  return () => provider.close();
}
