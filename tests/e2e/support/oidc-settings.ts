/**
 * The OpenID provider of the e2e run (started by the global setup) and the second app server that
 * uses it. Single sign-on gets a server of its own: with a provider configured, the sign-in page
 * shows "Sign in with Test IdP" above the form, and the other specs find their password form's
 * "Sign in" button by name.
 */
export const OIDC_E2E = {
  port: Number(process.env.E2E_OIDC_PORT ?? 3901),
  clientId: "cleared-e2e",
  clientSecret: "e2e-client-secret-not-for-production",
  name: "Test IdP",
} as const;

export const SSO_APP_PORT = Number(process.env.E2E_SSO_PORT ?? 3101);
export const SSO_APP_URL = `http://localhost:${SSO_APP_PORT}`;
export const OIDC_E2E_ISSUER = `http://127.0.0.1:${OIDC_E2E.port}`;
