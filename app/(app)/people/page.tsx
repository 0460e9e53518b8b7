import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
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
import { noticeSayer } from "@/lib/person/wording";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("list.metaTitle") };
}

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
  const t = await getTranslations("people");
  const messages = parsed.notices.map(noticeSayer(await getLocale()));
  const query = parsed.query.location && !locations.some((l) => l.id === parsed.query.location) ? { ...parsed.query, location: null } : parsed.query;
  if (query !== parsed.query) messages.push(t("list.unknownLocation"));
  const now = new Date();
  const [list, tasks] = await Promise.all([loadPeopleList(scope, query, now), listTasks()]);
  if (list.pageClamped) messages.push(t("list.pastLastPage", { pages: list.pages }));
  if (list.tooMany !== null) messages.push(t("list.tooManyForEngine", { limit: ENGINE_LIMIT, assistants: list.tooMany }));
  const within = (permission: "person.manage" | "authorization.manage" | "record.manage") => {
    const reach = reachableLocations(actor, permission);
    return locations.filter((l) => reach === "all" || reach.includes(l.id)).map((l) => ({ id: l.id, name: l.name, today: wallClock(now, l.timeZone).date }));
  };
  const filtered = query.q !== "" || query.location !== null || query.role !== null || query.tier !== null || query.compliance !== null;
  return (
    <ClientMessages paths={["people.bulk", "people.kind", "people.kindCount", "people.table", "people.tier"]}>
      <PageHeader
        title={t("list.title")}
        description={scope === "all" ? t("list.descriptionAll") : t("list.descriptionScoped")}
        actions={within("person.manage").length > 0 ? <LinkButton href="/people/new">{t("list.add")}</LinkButton> : null}
      />
      <PeopleFilters query={query} locations={locations} />
      {messages.length > 0 ? (
        <div className="mb-4">
          <Alert tone="warning" title={t("list.adjustedTitle")}>
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
          {list.pages > 1 ? t("list.countPaged", { total: list.total, page: list.page, pages: list.pages }) : t("list.count", { total: list.total })} {t("list.explainer")}
        </p>
        {list.rows.length === 0 ? (
          <EmptyState title={filtered ? t("list.noMatch") : t("list.empty")}>
            {filtered ? (
              <Link href="/people" className="font-semibold text-brand-800 underline">
                {t("list.clearFilters")}
              </Link>
            ) : null}
          </EmptyState>
        ) : (
          <PeopleTable key={pageHref(query, list.page)} rows={list.rows} bulk={{ grantAt: within("authorization.manage"), signOffAt: within("record.manage"), tasks }} />
        )}
        {list.pages > 1 ? (
          <nav aria-label={t("list.pagesLabel")} className="mt-4 flex items-center justify-between gap-2 text-sm">
            {list.page > 1 ? (
              <Link href={pageHref(query, list.page - 1)} className="font-semibold text-brand-800 underline" rel="prev">
                {t("list.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span>{t("list.pageOf", { page: list.page, pages: list.pages })}</span>
            {list.page < list.pages ? (
              <Link href={pageHref(query, list.page + 1)} className="font-semibold text-brand-800 underline" rel="next">
                {t("list.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Card>
    </ClientMessages>
  );
}
