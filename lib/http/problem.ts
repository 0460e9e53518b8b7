/** RFC 9457 problem details: the error body every JSON route returns. */
export type Problem = { type: string; title: string; status: number; detail?: string; errors?: { field: string; message: string }[] };

export function problem(status: number, title: string, detail?: string, errors?: Problem["errors"]): Response {
  const body: Problem = { type: "about:blank", title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });
}
