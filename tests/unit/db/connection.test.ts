import { describe, expect, it } from "vitest";
import { describeTarget, resolveDatabaseTarget } from "@/lib/db/connection";

describe("DATABASE_URL selects the engine", () => {
  it.each([
    [undefined, { kind: "pglite", dataDir: "/app/data/pglite" }],
    ["", { kind: "pglite", dataDir: "/app/data/pglite" }],
    ["pglite:", { kind: "pglite", dataDir: "/app/data/pglite" }],
    ["pglite:memory", { kind: "pglite", dataDir: null }],
    ["pglite:./var/db", { kind: "pglite", dataDir: "/app/var/db" }],
    ["/srv/cleared-db", { kind: "pglite", dataDir: "/srv/cleared-db" }],
    ["postgresql://u:p@db:5432/cleared", { kind: "postgres", url: "postgresql://u:p@db:5432/cleared" }],
    ["postgres://db/cleared", { kind: "postgres", url: "postgres://db/cleared" }],
  ])("%s", (url, expected) => {
    expect(resolveDatabaseTarget(url, "/app")).toEqual(expected);
  });

  it("refuses other URL schemes with a message naming what is accepted", () => {
    expect(() => resolveDatabaseTarget("mysql://db/cleared", "/app")).toThrow(/postgresql:\/\//);
  });

  it("never prints a password", () => {
    expect(describeTarget({ kind: "postgres", url: "postgresql://admin:s3cret@db:5432/cleared" })).toBe("PostgreSQL at db:5432/cleared");
  });
});
