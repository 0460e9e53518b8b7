import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTHORIZATION_MATRIX } from "@/lib/access/matrix";

const root = path.resolve(import.meta.dirname, "../../..");

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "node_modules" || entry === "generated" ? [] : files(full, name);
    return name.test(entry) ? [full] : [];
  });
}

/** "/app/(app)/people/[personId]/page.tsx" → "/people/[personId]" (route groups do not appear in URLs). */
function routePath(file: string): string {
  const relative = path.relative(path.join(root, "app"), path.dirname(file));
  const segments = relative.split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

function entryPoints(): string[] {
  const actions = files(path.join(root, "lib"), /^actions\.ts$/).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/export (?:const|async function) (\w+)/g)].map((m) => m[1] as string),
  );
  const routes = files(path.join(root, "app"), /^route\.ts$/).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const methods = new Set([
      ...[...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]),
      // Route handlers built by the guard (`export const GET = authenticatedRoute(...)`).
      ...[...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) =/g)].map((m) => m[1]),
      ...[...source.matchAll(/export \{([^}]+)\}/g)].flatMap((m) => [...(m[1] as string).matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((x) => x[1])),
    ]);
    return [...methods].map((method) => `${method} ${routePath(file)}`);
  });
  const pages = files(path.join(root, "app"), /^page\.tsx$/).map((file) => `page ${routePath(file)}`);
  return [...actions, ...routes, ...pages];
}

describe("the authorization matrix", () => {
  const listed = new Set(AUTHORIZATION_MATRIX.map((e) => e.entry));

  it("has a row for every server action, route handler and page", () => {
    const missing = entryPoints().filter((e) => !listed.has(e));
    expect(missing, `entry points without a matrix row: ${missing.join(", ")}`).toEqual([]);
  });

  it("lists nothing that no longer exists", () => {
    const existing = new Set(entryPoints());
    expect([...listed].filter((e) => !existing.has(e))).toEqual([]);
  });

  it("names each server action's permission where the action is defined", () => {
    for (const file of files(path.join(root, "lib"), /^actions\.ts$/)) {
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/export const (\w+) = authorizedAction\(\s*"(\w+)",\s*\{\s*permission: "([\w.]+)"/g)) {
        const [, exported, named, permission] = m;
        expect(named, `${exported} passes its own name to authorizedAction`).toBe(exported);
        expect(AUTHORIZATION_MATRIX.find((e) => e.entry === exported)?.requires, `${exported} requires what the matrix says`).toBe(permission);
      }
    }
  });

  it("denies anonymous visitors everything that is not public", () => {
    for (const row of AUTHORIZATION_MATRIX.filter((r) => r.requires !== "public")) {
      expect(Object.values(row.expect.anonymous)).toEqual(["deny", "deny", "deny"]);
    }
  });
});
