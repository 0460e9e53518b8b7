import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { currentActor } from "@/lib/auth/guard";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";
import { makeUser } from "@/tests/support/factories";
import { jar } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

/** The session token next-auth would issue for `user` signed in through `provider`. */
async function sessionVia(user: { id: string; sessionVersion: number }, provider: "oidc" | "credentials") {
  const claims = await authOptions().callbacks!.jwt!({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion } as never, account: { provider, type: provider === "oidc" ? "oauth" : "credentials", providerAccountId: user.id } as never, trigger: "signIn" } as never);
  return encode({ token: claims, secret: authSecret() });
}

describe("a password an admin set, for someone who signs in through the identity provider", () => {
  it("is not asked to be replaced after single sign-on, but still is after a password sign-in", async () => {
    const { user } = await makeUser({ mustChangePassword: true });
    jar.session = await sessionVia(user, "oidc");
    expect(await currentActor()).toMatchObject({ userId: user.id, mustChangePassword: false });
    jar.session = await sessionVia(user, "credentials");
    expect(await currentActor()).toMatchObject({ userId: user.id, mustChangePassword: true });
  });
});
