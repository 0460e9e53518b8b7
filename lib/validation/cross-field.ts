import type { z } from "zod";

/** A rule over several fields of a form, told which fields parsed. */
export type CrossFieldRule<T> = (value: T, parsed: (field: keyof T & string) => boolean, ctx: z.RefinementCtx<T>) => void;

/**
 * Arguments for `.superRefine(...)` that run a cross-field rule even when some fields failed. By
 * default zod skips refinements once any field has an issue, so a form learned of its errors in
 * waves: fix the title, submit, only then hear the tasks are missing. The rule still sees only what
 * it may trust: `parsed(field)` is false for a field that has an issue of its own, whose value is
 * raw input (a rule must not read it, and its own message already names what is wrong).
 */
export function everyPass<T>(rule: CrossFieldRule<T>): [(value: T, ctx: z.RefinementCtx<T>) => void, { when: () => boolean }] {
  return [
    (value, ctx) => {
      if (typeof value !== "object" || value === null) return;
      const failed = new Set(ctx.issues.map((issue) => String(issue.path?.[0] ?? "")));
      rule(value, (field) => !failed.has(field), ctx);
    },
    { when: () => true },
  ];
}
