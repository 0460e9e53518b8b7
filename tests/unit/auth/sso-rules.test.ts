import { describe, expect, it } from "vitest";
import { oidcStatus as saidStatus } from "@/lib/auth/oidc";
import { english, spanish } from "@/tests/support/words";
import { callbackFailureReason, decideSso, newPersonName, providerErrorCode, signInErrorMessage, SSO_ERROR_CODES, SSO_REFUSALS, ssoIdentity, type SsoAccount } from "@/lib/sso/rules";

const makeAccount = (overrides: Partial<SsoAccount> = {}): SsoAccount => ({ id: "u1", active: true, sessionVersion: 3, personId: "p1", ...overrides });

describe("the identity an ID token vouches for", () => {
  it.each([
    [{ email: " Maria@Example.ORG ", email_verified: true }, { ok: true, email: "maria@example.org" }],
    [{ email: "maria@example.org", email_verified: false }, { ok: false, reason: "unverified_email", email: "maria@example.org" }],
    [{ email: "maria@example.org", email_verified: "true" }, { ok: false, reason: "unverified_email", email: "maria@example.org" }],
    [{ email: "maria@example.org", email_verified: 1 }, { ok: false, reason: "unverified_email", email: "maria@example.org" }],
    [{ email: "maria@example.org" }, { ok: false, reason: "unverified_email", email: "maria@example.org" }],
    [{ email_verified: true }, { ok: false, reason: "no_email", email: null }],
    [{ email: ["maria@example.org"], email_verified: true }, { ok: false, reason: "no_email", email: null }],
    [{ email: "not an email", email_verified: true }, { ok: false, reason: "no_email", email: null }],
    [{ email: "ma\u0000ria@example.org", email_verified: true }, { ok: false, reason: "no_email", email: null }],
    [{ email: `${"a".repeat(250)}@example.org`, email_verified: true }, { ok: false, reason: "no_email", email: null }],
  ])("%j → %j", (claims, expected) => {
    expect(ssoIdentity(claims)).toEqual(expected);
  });
});

describe("who a verified email signs in as", () => {
  it("signs in an active user", () => {
    expect(decideSso(makeAccount(), { ssoCreatesUsers: false })).toEqual({ kind: "sign_in", account: makeAccount() });
  });
  it("refuses a deactivated user, even when first sign-ins create users", () => {
    expect(decideSso(makeAccount({ active: false }), { ssoCreatesUsers: true })).toEqual({ kind: "refuse", reason: "inactive" });
  });
  it("refuses an unknown email unless the organization creates users", () => {
    expect(decideSso(null, { ssoCreatesUsers: false })).toEqual({ kind: "refuse", reason: "unknown_user" });
    expect(decideSso(null, { ssoCreatesUsers: true })).toEqual({ kind: "create" });
  });
});

describe("the name of a person created on first sign-in", () => {
  it.each([
    [{ given_name: "Nia", family_name: "Hire" }, { firstName: "Nia", lastName: "Hire" }],
    [{ family_name: "Hire" }, { firstName: "Hire", lastName: "" }],
    [{ name: "Mary Ann Smith" }, { firstName: "Mary Ann", lastName: "Smith" }],
    [{ name: "Cher" }, { firstName: "Cher", lastName: "" }],
    [{ given_name: "\u0007 Nia\n" }, { firstName: "Nia", lastName: "" }],
    [{}, { firstName: "nia.hire", lastName: "" }],
  ])("%j → %j", (claims, expected) => {
    expect(newPersonName(claims, "nia.hire@example.org")).toEqual(expected);
  });
});

describe("why a callback was rejected, without what the token said", () => {
  it.each([
    ["state mismatch, expected abc, got: def", "state_mismatch"],
    ["State cookie was missing.", "state_missing"],
    ["checks.state argument is missing", "state_missing"],
    ["nonce mismatch, expected x, got: y", "nonce_mismatch"],
    ["PKCE code_verifier cookie was missing.", "pkce_failed"],
    ["aud mismatch, expected cleared, got: other", "audience_mismatch"],
    ["JWT expired, now 1700000000, exp 1690000000", "token_expired"],
    ["unexpected iss value, expected https://a, got: https://b", "issuer_mismatch"],
    ["failed to validate JWT signature", "signature_invalid"],
    ["connect ECONNREFUSED 127.0.0.1:3901", "provider_unreachable"],
    ["invalid_grant (grant request is invalid)", "token_request_refused"],
    ["something nobody expected", "unverifiable_answer"],
  ])("%s → %s", (message, reason) => {
    expect(callbackFailureReason(message)).toBe(reason);
  });

  it("keeps only known provider error codes", () => {
    expect(providerErrorCode("access_denied")).toBe("access_denied");
    expect(providerErrorCode("<script>")).toBe("other");
  });
});

describe("the sign-in page's messages", () => {
  it("has one for every refusal and for next-auth's OAuth codes, and none for anything else", () => {
    for (const refusal of SSO_REFUSALS) expect(signInErrorMessage(SSO_ERROR_CODES[refusal])).toBeTruthy();
    expect(signInErrorMessage("OAuthCallback")).toBe("Single sign-on failed: the identity provider's answer could not be verified. Try again; if it keeps failing, tell your administrator.");
    expect(signInErrorMessage("SsoUnverifiedEmail")).toMatch(/^Your identity provider has not verified this email address/);
    expect(signInErrorMessage("<img src=x>")).toBeNull();
    expect(signInErrorMessage("constructor")).toBeNull();
  });
});

describe("the provider's configuration", () => {
  const full = { OIDC_ISSUER: "https://login.example.com/tenant/", OIDC_CLIENT_ID: "cleared", OIDC_CLIENT_SECRET: "s3cret" };
  // The problem is said; the admin page words it, here in English.
  const oidcStatus = (env: Record<string, string | undefined>) => {
    const status = saidStatus(env);
    return status.state === "invalid" ? { ...status, problem: english(status.problem)! } : status;
  };
  it("is off when nothing is set, and on with all three (trailing slash dropped, default name)", () => {
    expect(oidcStatus({})).toEqual({ state: "off" });
    expect(oidcStatus(full)).toEqual({ state: "on", config: { issuer: "https://login.example.com/tenant", clientId: "cleared", clientSecret: "s3cret", name: "your organization's sign-in" } });
    expect(oidcStatus({ ...full, OIDC_NAME: " Okta " })).toMatchObject({ config: { name: "Okta" } });
  });
  it("names what is missing in a partial configuration", () => {
    expect(oidcStatus({ OIDC_ISSUER: full.OIDC_ISSUER })).toEqual({ state: "invalid", problem: "Single sign-on is off: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are not set. Set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, or none." });
    expect(oidcStatus({ ...full, OIDC_CLIENT_SECRET: " " })).toMatchObject({ state: "invalid", problem: expect.stringContaining("OIDC_CLIENT_SECRET is not set") });
    const status = saidStatus({ ...full, OIDC_CLIENT_SECRET: " " });
    expect(status.state === "invalid" && spanish(status.problem)).toBe("El inicio de sesión único está desactivado: OIDC_CLIENT_SECRET no está definida. Defina todas estas variables: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, o ninguna.");
  });
  it("refuses an issuer that is not https, except on this machine", () => {
    expect(oidcStatus({ ...full, OIDC_ISSUER: "http://login.example.com" })).toMatchObject({ state: "invalid", problem: expect.stringContaining("https") });
    expect(oidcStatus({ ...full, OIDC_ISSUER: "login.example.com" })).toMatchObject({ state: "invalid" });
    expect(oidcStatus({ ...full, OIDC_ISSUER: "http://127.0.0.1:3901" })).toMatchObject({ state: "on" });
  });
});
