import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/session-policy";

/**
 * Stands in for the browser in tests that call server actions directly: `next/headers` is replaced
 * (`vi.mock("next/headers", ...)` in the test file) by a cookie jar holding a real, encrypted session token, so the
 * guard runs exactly as in production.
 */
process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";

export const jar = { session: null as string | null };

/**
 * A session as it stands after signing in with both factors; `{ secondFactor: false }` for one that
 * has passed the password only (`authAt` to place its sign-in in the past).
 */
export async function signInAs(user: { id: string; sessionVersion: number } | null, options: { secondFactor?: boolean; authAt?: number } = {}): Promise<void> {
  const authAt = options.authAt ?? Math.floor(Date.now() / 1000);
  const token = { uid: user?.id, sv: user?.sessionVersion, authAt, ...(options.secondFactor === false ? {} : { mfa: authAt }) };
  jar.session = user ? await encode({ token, secret: authSecret() }) : null;
}

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (name === sessionCookieName() && jar.session ? { name, value: jar.session } : undefined),
    set: (name: string, value: string) => {
      if (name === sessionCookieName()) jar.session = value;
    },
  }),
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "203.0.113.10" }),
};
