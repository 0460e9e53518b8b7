/**
 * JSON with no whitespace and object keys sorted at every level, so equal content always serializes
 * to equal text: the form the audit chain and the decision log hash over. The value is written as it
 * would be stored: what `JSON.stringify` does with `toJSON`, undefined, functions and non-finite
 * numbers, and a bigint as its decimal string. One pass, without first copying the value through
 * JSON and back: on a page of answers the copies cost more than the hashing.
 *
 * Two key orders, each fixed by hashes already stored:
 * - "code-units" (the decision log, and its SQL twin `decision_canonical_json`): every key by UTF-16
 *   code units, as a sort of the keys orders them;
 * - "property" (the audit chain, since its first event): the order JavaScript gives the sorted keys
 *   back in, integer-like keys first in numeric order, and no "__proto__" key (the chain's first
 *   form assigned keys to a fresh object, where that name sets the prototype instead).
 */
export type KeyOrder = "code-units" | "property";

export function canonicalJson(value: unknown, order: KeyOrder = "code-units"): string {
  return write(value, order) ?? "null";
}

const INDEX = /^(?:0|[1-9]\d{0,9})$/;
const MAX_INDEX = 2 ** 32 - 2;
const isIndex = (key: string) => INDEX.test(key) && Number(key) <= MAX_INDEX;

function keysOf(object: object, order: KeyOrder): string[] {
  const keys = Object.keys(object).sort();
  if (order === "code-units") return keys;
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return indexes.length === 0 ? keys.filter((k) => k !== "__proto__") : [...indexes, ...keys.filter((k) => !isIndex(k) && k !== "__proto__")];
}

function write(value: unknown, order: KeyOrder): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") value = (value as { toJSON(): unknown }).toJSON();
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return JSON.stringify(value);
    case "bigint":
      return JSON.stringify(value.toString());
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + (write(value[i], order) ?? "null");
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = "{";
  for (const key of keysOf(object, order)) {
    const written = write(object[key], order);
    if (written === undefined) continue;
    out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${written}`;
  }
  return `${out}}`;
}
