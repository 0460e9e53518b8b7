import type { z } from "zod";
import { localize } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { problemSchema } from "./schema";

/** RFC 9457 problem details: the error body every JSON route returns (its schema documents the API). */
export type Problem = z.infer<typeof problemSchema>;

/**
 * Messages said by schemas and mutations are worded here: in English for the API, whatever the
 * caller's language; the app's own forms that read a route (the export form) pass their reader's.
 */
export function problem(status: number, title: string, detail?: string, errors?: Problem["errors"], locale: Locale = "en"): Response {
  const words = (text: string) => localize(text, locale);
  const body: Problem = {
    type: "about:blank",
    title: words(title),
    status,
    ...(detail ? { detail: words(detail) } : {}),
    ...(errors ? { errors: errors.map((e) => ({ ...e, message: words(e.message) })) } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}

/** A refused query's problems, the first per field, for a 400 answer that names what to fix. */
export function queryErrors(error: z.ZodError): { field: string; message: string }[] {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "query");
    if (!fields.has(field)) fields.set(field, issue.message);
  }
  return [...fields].map(([field, message]) => ({ field, message }));
}

/** 400 for a query string the schema refused, naming each field and what is wrong with it. */
export function invalidQuery(error: z.ZodError, { title = "Invalid query", detail, locale = "en" }: { title?: string; detail?: string; locale?: Locale } = {}): Response {
  const errors = queryErrors(error);
  return problem(400, title, detail ?? errors.map((e) => localize(e.message, locale)).join(" "), errors, locale);
}
