import { afterEach, describe, expect, it } from "vitest";
import { lastUnavailableAt, noteIfUnavailable, OUTAGE_KEY, watchedForOutage } from "@/lib/db/outage";

/**
 * The app notes when it last found the database out of reach, for the production server's answer
 * to a page that failed then (scripts/serve.mjs): every statement passes through a watched adapter.
 */
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const bug = new TypeError("Cannot read properties of undefined");

afterEach(() => {
  delete (globalThis as { [OUTAGE_KEY]?: number })[OUTAGE_KEY];
});

describe("noting an outage", () => {
  it("notes the database out of reach, and nothing else", () => {
    noteIfUnavailable(bug, 1_000);
    expect(lastUnavailableAt()).toBeUndefined();
    noteIfUnavailable(refused, 2_000);
    expect(lastUnavailableAt()).toBe(2_000);
  });

  it("is readable by whoever asks the registered symbol, outside the app's modules", () => {
    noteIfUnavailable(refused, 3_000);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("cleared.database.unavailableAt")]).toBe(3_000);
  });
});

describe("watchedForOutage", () => {
  const adapter = (failWith: unknown) => ({
    provider: "postgres",
    queryRaw: async (sql: string) => (failWith ? Promise.reject(failWith) : { rows: [sql] }),
    startTransaction: async () => ({ commit: async () => Promise.reject(failWith) }),
    label: () => "sync",
  });

  it("passes results, plain properties and synchronous methods through unchanged", async () => {
    const watched = watchedForOutage(adapter(null));
    expect(watched.provider).toBe("postgres");
    expect(watched.label()).toBe("sync");
    expect(await watched.queryRaw("SELECT 1")).toEqual({ rows: ["SELECT 1"] });
    expect(lastUnavailableAt()).toBeUndefined();
  });

  it("notes a statement refused for want of the database and still rejects with the same error", async () => {
    const watched = watchedForOutage(adapter(refused));
    await expect(watched.queryRaw("SELECT 1")).rejects.toBe(refused);
    expect(lastUnavailableAt()).toBeTypeOf("number");
  });

  it("leaves other failures alone", async () => {
    await expect(watchedForOutage(adapter(bug)).queryRaw("SELECT 1")).rejects.toBe(bug);
    expect(lastUnavailableAt()).toBeUndefined();
  });

  it("watches the transactions a connection starts when told to", async () => {
    const unfollowed = await watchedForOutage(adapter(refused)).startTransaction();
    await expect(unfollowed.commit()).rejects.toBe(refused);
    expect(lastUnavailableAt()).toBeUndefined();
    const followed = await watchedForOutage(adapter(refused), ["startTransaction"]).startTransaction();
    await expect(followed.commit()).rejects.toBe(refused);
    expect(lastUnavailableAt()).toBeTypeOf("number");
  });
});
