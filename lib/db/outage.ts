import { isDatabaseUnavailable } from "./unavailable";

/**
 * When this process last saw the database out of reach. Kept on `globalThis` under a registered
 * symbol because its reader is the HTTP server of `npm run serve` (scripts/serve.mjs), outside the
 * app's bundles: a page that fails for want of the database is answered 500 by Next.js, which has
 * no way for a page to choose 503, so that server turns a 500 answered while the database is out of
 * reach into 503 with Retry-After (the page itself still says what happened).
 */
export const OUTAGE_KEY = Symbol.for("cleared.database.unavailableAt");

type OutageStore = { [OUTAGE_KEY]?: number };

export function noteIfUnavailable(error: unknown, now: number = Date.now()): void {
  if (isDatabaseUnavailable(error)) (globalThis as OutageStore)[OUTAGE_KEY] = now;
}

export function lastUnavailableAt(): number | undefined {
  return (globalThis as OutageStore)[OUTAGE_KEY];
}

/**
 * `target` with every method that returns a promise noting a rejection for want of the database;
 * what `follow` names (a connection's transactions) is watched in turn. Every statement the app
 * sends passes through the database's adapter and driver, so watching them there serves every page.
 */
export function watchedForOutage<T extends object>(target: T, follow: readonly string[] = []): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (resolved) => (follow.includes(String(property)) && resolved !== null && typeof resolved === "object" ? watchedForOutage(resolved) : resolved),
          (error: unknown) => {
            noteIfUnavailable(error);
            throw error;
          },
        );
      };
    },
  });
}
