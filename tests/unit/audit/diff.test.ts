import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "@/lib/audit/chain";
import { diffJson, formatPath, type FieldChange } from "@/lib/audit/diff";

describe("before/after diff", () => {
  it("lists added, removed and changed fields in key order", () => {
    expect(diffJson({ name: "Vitals", retired: false, code: "v" }, { name: "Vital signs", code: "v", category: "clinical" })).toEqual([
      { kind: "added", path: ["category"], after: "clinical" },
      { kind: "changed", path: ["name"], before: "Vitals", after: "Vital signs" },
      { kind: "removed", path: ["retired"], before: false },
    ]);
  });

  it("reports a change deep inside nested objects and arrays at its own path", () => {
    const before = { grants: [{ role: "manager", locationId: "oak" }], person: { name: { first: "Ana" } } };
    const after = { grants: [{ role: "manager", locationId: "tac" }, { role: "auditor", locationId: null }], person: { name: { first: "Ana", last: "Ruiz" } } };
    expect(diffJson(before, after)).toEqual([
      { kind: "changed", path: ["grants", 0, "locationId"], before: "oak", after: "tac" },
      { kind: "added", path: ["grants", 1], after: { role: "auditor", locationId: null } },
      { kind: "added", path: ["person", "name", "last"], after: "Ruiz" },
    ]);
  });

  it("lists every field of a creation (no before) as added, and of a removal as removed", () => {
    expect(diffJson(null, { a: 1, b: [2] })).toEqual([
      { kind: "added", path: ["a"], after: 1 },
      { kind: "added", path: ["b"], after: [2] },
    ]);
    expect(diffJson({ a: 1 }, null)).toEqual([{ kind: "removed", path: ["a"], before: 1 }]);
  });

  it("reports a change of kind (object to array, number to text) as one change at that path", () => {
    expect(diffJson({ x: { y: 1 } }, { x: [1] })).toEqual([{ kind: "changed", path: ["x"], before: { y: 1 }, after: [1] }]);
    expect(diffJson({ x: 1 }, { x: "1" })).toEqual([{ kind: "changed", path: ["x"], before: 1, after: "1" }]);
    expect(diffJson("a", "b")).toEqual([{ kind: "changed", path: [], before: "a", after: "b" }]);
  });

  it("treats keys like __proto__ and constructor as ordinary fields", () => {
    const before = JSON.parse('{"__proto__":{"admin":false},"constructor":1}') as JsonValue;
    const after = JSON.parse('{"__proto__":{"admin":true}}') as JsonValue;
    expect(diffJson(before, after)).toEqual([
      { kind: "changed", path: ["__proto__", "admin"], before: false, after: true },
      { kind: "removed", path: ["constructor"], before: 1 },
    ]);
  });

  it("formats paths the way a reader writes them", () => {
    expect(formatPath(["grants", 0, "locationId"])).toBe("grants[0].locationId");
    expect(formatPath(["first name", "x"])).toBe('["first name"].x');
    expect(formatPath([])).toBe("(whole value)");
  });

  const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as JsonValue);

  it("finds nothing between a value and itself", () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(diffJson(value, structuredClone(value))).toEqual([]);
      }),
    );
  });

  it("finds a difference whenever two values differ (a missing side reads as an empty object)", () => {
    const isObject = (v: JsonValue) => v !== null && typeof v === "object" && !Array.isArray(v);
    fc.assert(
      fc.property(json, json, (a, b) => {
        const same = sameJson(a === null && isObject(b) ? {} : a, b === null && isObject(a) ? {} : b);
        expect(diffJson(a, b).length === 0).toBe(same);
      }),
    );
    expect(diffJson(null, {})).toEqual([]);
  });

  /** Applies reported changes to a copy of `before` (objects only, keys set as own data properties). */
  function apply(before: Record<string, JsonValue>, changes: FieldChange[]): Record<string, JsonValue> {
    const result = structuredClone(before);
    for (const change of changes) {
      const path = change.path as string[];
      let node = result as Record<string, JsonValue>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string, JsonValue>;
      const last = path[path.length - 1]!;
      if (change.kind === "removed") delete node[last];
      else Object.defineProperty(node, last, { value: change.after, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }

  const primitive = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  const key = fc.string({ maxLength: 4 });

  it("applying the changes to a flat before gives the after", () => {
    const flat = fc.dictionary(key, primitive);
    fc.assert(
      fc.property(flat, flat, (before, after) => {
        expect(apply(before, diffJson(before, after))).toEqual(after);
      }),
    );
  });

  it("applying the changes to a nested before gives the after", () => {
    const { tree } = fc.letrec((tie) => ({ tree: fc.dictionary(key, fc.oneof({ depthSize: "small" }, primitive, tie("tree"))) }));
    fc.assert(
      fc.property(tree, tree, (before, after) => {
        const b = before as Record<string, JsonValue>;
        expect(apply(b, diffJson(b, after as JsonValue))).toEqual(after);
      }),
    );
  });
});

function sameJson(a: JsonValue, b: JsonValue): boolean {
  const sort = (v: JsonValue): JsonValue => (Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k] as JsonValue)])) : v);
  return JSON.stringify(sort(a)) === JSON.stringify(sort(b));
}
