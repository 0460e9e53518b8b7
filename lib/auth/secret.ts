import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "@/lib/db/connection";

const SECRET_FILE = path.join("data", "nextauth-secret");

/**
 * The key that signs and encrypts session tokens. Production on a server database must set
 * NEXTAUTH_SECRET; the embedded demo generates one on first start and keeps it under ./data (0600),
 * so sessions survive restarts without anyone handling a secret.
 */
export function authSecret(cwd: string = process.cwd()): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("NEXTAUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32).");
    return fromEnv;
  }
  if (process.env.NODE_ENV === "production" && resolveDatabaseTarget(process.env.DATABASE_URL, cwd).kind === "postgres") {
    throw new Error("NEXTAUTH_SECRET is required in production with a PostgreSQL server (try: openssl rand -base64 32).");
  }
  const file = path.join(cwd, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}
