import type { Driver } from "./driver";

/** Every statement Prisma sends goes through the adapter, and bulk reads through the driver: counting both counts queries exactly. */
export function countingDriver(inner: Driver, onQuery: () => void): Driver {
  const factory = inner.adapterFactory;
  const count = <T extends object>(queryable: T): T =>
    new Proxy(queryable, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            onQuery();
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (property === "startTransaction") {
          return async (...args: unknown[]) => count(await (value as (...a: unknown[]) => Promise<object>).apply(target, args));
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const query: Driver["query"] = (sql, params) => {
    onQuery();
    return inner.query(sql, params);
  };
  return { ...inner, query, adapterFactory: { ...factory, connect: async () => count(await factory.connect()), connectToShadowDb: () => factory.connectToShadowDb() } };
}
