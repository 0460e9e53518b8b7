import { reachableLocations } from "@/lib/access/policy";
import { authenticatedRoute, recordDenied, requestContext } from "@/lib/auth/guard";
import { csvStream } from "@/lib/csv/write";
import { newId } from "@/lib/db/ids";
import { peopleExportSchema } from "@/lib/export/people";
import { exportResponse } from "@/lib/export/response";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { requestLocale } from "@/lib/i18n/request";
import { loadPeopleRows } from "@/lib/person/data";
import { peopleCsvHeader, peopleCsvRow } from "@/components/person/people-csv";

export const dynamic = "force-dynamic";

const ENTRY = "GET /api/people/export";

/**
 * GET /api/people/export?person=…&person=… : the People list's selected rows as CSV, in the reader's
 * language, within the actor's People list scope. An id outside it is left out and the refusal
 * recorded; none left answers not-found. The file's SHA-256 goes to the audit trail.
 */
export const GET = authenticatedRoute(async (request, actor) => {
  const parsed = peopleExportSchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error);
  const requested = parsed.data.person;
  const rows = await loadPeopleRows(reachableLocations(actor, "person.read"), requested);
  const outside = requested.filter((id) => !rows.some((r) => r.id === id));
  if (outside.length > 0) await recordDenied(actor, "person.read", { kind: "person", personId: outside[0]!, locationIds: [] }, ENTRY);
  if (rows.length === 0) return problem(404, "Not found", "No such people, or no access to them.");
  const locale = await requestLocale(actor);
  async function* lines() {
    for (const row of rows) yield peopleCsvRow(row, locale);
  }
  return exportResponse(
    {
      exportId: newId(),
      kind: "people.csv",
      fileName: "people.csv",
      contentType: "text/csv; charset=utf-8",
      filters: { people: rows.map((r) => r.id), leftOut: outside.length },
      expectedRows: rows.length,
    },
    csvStream(peopleCsvHeader(locale), lines()),
    await requestContext(actor),
  );
}, { limit: "export" });
