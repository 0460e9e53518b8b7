import type { JsonValue } from "./chain";

/**
 * Field-level differences between an audit event's `before` and `after`. Pure. Objects are compared
 * key by key and arrays index by index at every depth, so a change deep inside a nested value is
 * reported at its own path rather than as one opaque "changed" at the top.
 */
export type PathSegment = string | number;

export type FieldChange =
  | { kind: "added"; path: PathSegment[]; after: JsonValue }
  | { kind: "removed"; path: PathSegment[]; before: JsonValue }
  | { kind: "changed"; path: PathSegment[]; before: JsonValue; after: JsonValue };

type JsonObject = { [key: string]: JsonValue };

function isObject(value: JsonValue): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function diffJson(before: JsonValue, after: JsonValue): FieldChange[] {
  // A creation has no `before` (and a removal no `after`): reading the missing side as an empty
  // object lists each field as added, which says more than "null became {…}".
  const from = before === null && isObject(after) ? {} : before;
  const to = after === null && isObject(before) ? {} : after;
  const changes: FieldChange[] = [];
  walk(from, to, [], changes);
  return changes;
}

function walk(before: JsonValue, after: JsonValue, path: PathSegment[], changes: FieldChange[]): void {
  if (isObject(before) && isObject(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      // Object.hasOwn, not `in`: stored JSON may carry keys such as "constructor" or "__proto__".
      if (!Object.hasOwn(after, key)) changes.push({ kind: "removed", path: [...path, key], before: before[key] as JsonValue });
      else if (!Object.hasOwn(before, key)) changes.push({ kind: "added", path: [...path, key], after: after[key] as JsonValue });
      else walk(before[key] as JsonValue, after[key] as JsonValue, [...path, key], changes);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= after.length) changes.push({ kind: "removed", path: [...path, i], before: before[i] as JsonValue });
      else if (i >= before.length) changes.push({ kind: "added", path: [...path, i], after: after[i] as JsonValue });
      else walk(before[i] as JsonValue, after[i] as JsonValue, [...path, i], changes);
    }
    return;
  }
  // Two containers were handled above; anything else is equal only as the same primitive.
  if (before !== after) changes.push({ kind: "changed", path, before, after });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `grants[0].role`; keys that are not plain names are quoted (`["first name"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return "(whole value)";
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : IDENTIFIER.test(segment) ? `${i === 0 ? "" : "."}${segment}` : `[${JSON.stringify(segment)}]`))
    .join("");
}
