import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID Connect provider (`oidc-provider`) for tests, on a local port: one client for the
 * app, accounts whose claims the test chooses, and a login that signs in whichever account the test
 * names (no forms: the interaction is answered at once). `tamper` rewrites the ID token the token
 * endpoint returns and re-signs it with the provider's own key, so a wrong audience or an expired
 * token reaches the app with a valid signature and must be refused by its own validation.
 */
export type TestAccount = { sub: string; email?: string; email_verified?: unknown; given_name?: string; family_name?: string; name?: string };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** The account the next login signs in. */
  loginAs(sub: string): void;
  /** Changes the payload of the next ID tokens (null: stop). */
  tamper(change: ((payload: Record<string, unknown>) => void) | null): void;
  close(): Promise<void>;
};

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** Re-signs a compact RS256 JWS with the provider's key, after `change` edited its payload. */
function resign(jwt: string, key: KeyObject, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload] = jwt.split(".") as [string, string];
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  change(claims);
  const input = `${header}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${base64url(sign("sha256", Buffer.from(input), key))}`;
}

export async function startTestProvider(options: { redirectUri: string; port?: number; clientId?: string; clientSecret?: string; accounts?: TestAccount[] }): Promise<TestProvider> {
  const clientId = options.clientId ?? "cleared-test";
  const clientSecret = options.clientSecret ?? randomBytes(24).toString("hex");
  const accounts = new Map((options.accounts ?? []).map((a) => [a.sub, a]));
  let current: string | null = null;
  let tampering: ((payload: Record<string, unknown>) => void) | null = null;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" };

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "given_name", "family_name"] },
    // The scopes' claims in the ID token itself, as Google, Okta and Entra ID send them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ ...account }) as never };
    },
    // A first-party client: consent is taken as given.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });

  provider.use(async (ctx, next) => {
    if (ctx.path.startsWith("/interaction/")) {
      if (!current) throw new Error("startTestProvider: call loginAs(sub) before signing in");
      const url = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: current } }, { mergeWithLastSubmission: false });
      ctx.status = 303;
      ctx.redirect(url);
      return;
    }
    await next();
    if (ctx.path === "/token" && tampering && ctx.body && typeof ctx.body === "object" && "id_token" in ctx.body) {
      const body = ctx.body as { id_token: string };
      body.id_token = resign(body.id_token, privateKey, tampering);
    }
  });

  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    loginAs: (sub) => void (current = sub),
    tamper: (change) => void (tampering = change),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
