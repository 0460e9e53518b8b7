import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";

const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.DATABASE_URL, env: process.env.NODE_ENV };
afterEach(() => {
  process.env.NEXTAUTH_SECRET = saved.secret;
  process.env.DATABASE_URL = saved.url;
  (process.env as Record<string, string | undefined>).NODE_ENV = saved.env;
});

describe("the session secret", () => {
  it("is required next to a PostgreSQL server, whatever NODE_ENV says (each instance would otherwise make its own)", () => {
    delete process.env.NEXTAUTH_SECRET;
    process.env.DATABASE_URL = "postgresql://app@db.internal:5432/cleared";
    delete (process.env as Record<string, string | undefined>).NODE_ENV;
    const cwd = mkdtempSync(path.join(tmpdir(), "cleared-secret-"));
    expect(() => authSecret(cwd)).toThrow(/NEXTAUTH_SECRET is required with a PostgreSQL server/);
  });

  it("refuses a short one", () => {
    process.env.NEXTAUTH_SECRET = "too short";
    expect(() => authSecret()).toThrow(/at least 32 characters/);
  });

  it("on the embedded database is generated once, kept under ./data readable by the owner only", () => {
    delete process.env.NEXTAUTH_SECRET;
    process.env.DATABASE_URL = "pglite:./data/pglite";
    const cwd = mkdtempSync(path.join(tmpdir(), "cleared-secret-"));
    const first = authSecret(cwd);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret(cwd)).toBe(first);
    const file = path.join(cwd, "data", "nextauth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
