import type { Metadata } from "next";
import Link from "next/link";
import { PeopleFilters } from "@/components/person/people-filters";
import { PeopleTable } from "@/components/person/people-table";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { reachableLocations } from "@/lib/access/policy";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { ENGINE_LIMIT, loadPeopleList } from "@/lib/person/data";
import { parsePeopleListQuery, type PeopleListQuery } from "@/lib/person/schema";
import { ADJUSTED_TITLE, LIST_EXPLAINER, noticeText, pastLastPage, resultCount, tooManyForEngine, UNKNOWN_LOCATION } from "@/lib/person/wording";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "People" };

/** The link to another page of the same view: every other filter kept. */
function pageHref(query: PeopleListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) {
    if (value !== null && value !== "" && !(key === "sort" && value === "name") && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/people?${search}` : "/people";
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, scope } = await requireScope("person.read", "page /people");
  const parsed = parsePeopleListQuery(await searchParams);
  const locations = await listLocations(scope);
  const messages = parsed.notices.map(noticeText);
  const query = parsed.query.location && !locations.some((l) => l.id === parsed.query.location) ? { ...parsed.query, location: null } : parsed.query;
  if (query !== parsed.query) messages.push(UNKNOWN_LOCATION);
  const now = new Date();
  const [list, tasks] = await Promise.all([loadPeopleList(scope, query, now), listTasks()]);
  if (list.pageClamped) messages.push(pastLastPage(list.pages));
  if (list.tooMany !== null) messages.push(tooManyForEngine(list.tooMany, ENGINE_LIMIT));
  const within = (permission: "person.manage" | "authorization.manage" | "record.manage") => {
    const reach = reachableLocations(actor, permission);
    return locations.filter((l) => reach === "all" || reach.includes(l.id)).map((l) => ({ id: l.id, name: l.name, today: wallClock(now, l.timeZone).date }));
  };
  const filtered = query.q !== "" || query.location !== null || query.role !== null || query.tier !== null || query.compliance !== null;
  return (
    <>
      <PageHeader
        title="People"
        description={scope === "all" ? "Everyone in the organization." : "Staff at the locations you manage or audit."}
        actions={within("person.manage").length > 0 ? <LinkButton href="/people/new">Add a person</LinkButton> : null}
      />
      <PeopleFilters query={query} locations={locations} />
      {messages.length > 0 ? (
        <div className="mb-4">
          <Alert tone="warning" title={ADJUSTED_TITLE}>
            <ul className="list-disc pl-5">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}
      <Card>
        <p className="mb-3 text-sm text-muted" aria-live="polite">
          {resultCount(list.total, list.page, list.pages)}. {LIST_EXPLAINER}
        </p>
        {list.rows.length === 0 ? (
          <EmptyState title={filtered ? "No one matches these filters." : "No people yet."}>{filtered ? <Link href="/people" className="font-semibold text-brand-800 underline">Clear the filters</Link> : null}</EmptyState>
        ) : (
          <PeopleTable key={pageHref(query, list.page)} rows={list.rows} bulk={{ grantAt: within("authorization.manage"), signOffAt: within("record.manage"), tasks }} />
        )}
        {list.pages > 1 ? (
          <nav aria-label="Pages of people" className="mt-4 flex items-center justify-between gap-2 text-sm">
            {list.page > 1 ? (
              <Link href={pageHref(query, list.page - 1)} className="font-semibold text-brand-800 underline" rel="prev">
                Previous page
              </Link>
            ) : (
              <span />
            )}
            <span>
              Page {list.page} of {list.pages}
            </span>
            {list.page < list.pages ? (
              <Link href={pageHref(query, list.page + 1)} className="font-semibold text-brand-800 underline" rel="next">
                Next page
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Card>
    </>
  );
}
