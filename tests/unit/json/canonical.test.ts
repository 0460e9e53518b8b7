import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/json/canonical";

// The references, as each hash was first taken: store the value as JSON and read it back, then
// the decision log joined the keys in sorted order, and the audit chain assigned them, sorted, to a
// fresh object and wrote that out.
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null");

function decisionReference(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(decisionReference).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${decisionReference(v)}`).join(",")}}`;
}

function auditReference(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object") {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) sorted[key] = sortKeys((v as Record<string, unknown>)[key]);
      return sorted;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value));
}

// Values as the app hands them over: JSON, with dates, undefined, bigints, non-finite numbers and
// keys that look like numbers (or are "__proto__") mixed in.
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 20 }).map(String), fc.constantFrom("__proto__", "4294967295", "01", "-1"));
const leaf = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }), fc.bigInt());
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node")), fc.dictionary(key, tie("node"))),
})).node;

describe("canonicalJson", () => {
  it("sorts keys at every level and writes no whitespace", () => {
    expect(canonicalJson({ b: [1, { d: null, c: "é" }], a: true })).toBe('{"a":true,"b":[1,{"c":"é","d":null}]}');
  });

  it("writes what JSON would store: dates as ISO text, undefined left out of objects and null in arrays, bigints as text", () => {
    expect(canonicalJson({ at: new Date("2026-03-01T08:00:00Z"), gone: undefined, list: [undefined, NaN, Infinity], n: 12n })).toBe('{"at":"2026-03-01T08:00:00.000Z","list":[null,null,null],"n":"12"}');
    expect(canonicalJson(undefined)).toBe("null");
  });

  it("orders keys by code units for the decision log, and numbers first for the audit chain", () => {
    const value = { b: 1, B: 2, "10": 3, "9": 4, é: 5 };
    expect(canonicalJson(value)).toBe('{"10":3,"9":4,"B":2,"b":1,"é":5}');
    expect(canonicalJson(value, "property")).toBe('{"9":4,"10":3,"B":2,"b":1,"é":5}');
  });

  it("gives the decision log's hashes their first form: stored as JSON, keys joined in sorted order", () => {
    fc.assert(fc.property(value, (v) => canonicalJson(v) === decisionReference(stored(v))), { numRuns: 500 });
  });

  it("gives the audit chain's hashes their first form: stored as JSON, keys sorted into a fresh object", () => {
    fc.assert(fc.property(value, (v) => canonicalJson(v, "property") === auditReference(stored(v))), { numRuns: 500 });
  });
});
