/**
 * A URL's query as a plain object for zod: repeated keys (several locations) become arrays, and keys
 * that could pollute prototypes are dropped.
 */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const existing = Object.hasOwn(result, key) ? result[key] : undefined;
    result[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** The inverse: a query string from values (lists repeat the key; empty values are left out), so links and downloads repeat the same question. */
export function queryString(query: Record<string, string | readonly string[] | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of typeof value === "string" ? [value] : (value ?? [])) if (v) params.append(key, v);
  }
  return params.toString();
}
