import type { z } from "zod";

/** RFC 9457 problem details: the error body every JSON route returns. */
export type Problem = { type: string; title: string; status: number; detail?: string; errors?: { field: string; message: string }[] };

export function problem(status: number, title: string, detail?: string, errors?: Problem["errors"]): Response {
  const body: Problem = { type: "about:blank", title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}

/** 400 for a query string the schema refused, naming each field and what is wrong with it. */
export function invalidQuery(error: z.ZodError): Response {
  const errors = error.issues.map((i) => ({ field: i.path.join(".") || "query", message: i.message }));
  return problem(400, "Invalid query", `Check ${[...new Set(errors.map((e) => e.field))].join(", ")}.`, errors);
}
