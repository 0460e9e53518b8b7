import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { rolesLabel } from "@/components/shell/labels";
import { LinkButton } from "@/components/ui/button";
import { reachableLocations } from "@/lib/access/policy";
import { requireScope } from "@/lib/auth/guard";
import { listPeople } from "@/lib/person/data";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { actor, scope } = await requireScope("person.read", "page /people");
  const manages = reachableLocations(actor, "person.manage");
  const q = (await searchParams).q;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const people = await listPeople(scope, query);
  return (
    <>
      <PageHeader
        title="People"
        description={scope === "all" ? "Everyone in the organization." : "Staff at the locations you manage or audit."}
        actions={manages === "all" || manages.length > 0 ? <LinkButton href="/people/new">Add a person</LinkButton> : null}
      />
      <form role="search" className="mb-4 flex gap-2" action="/people">
        <label htmlFor="q" className="sr-only">
          Search by name
        </label>
        <input id="q" name="q" defaultValue={query} placeholder="Search by name" maxLength={100} className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        <button type="submit" className="rounded-md bg-white px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
          Search
        </button>
      </form>
      <Card>
        {people.length === 0 ? (
          <EmptyState title={query ? `No one matches “${query}”.` : "No people yet."} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {people.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                <Link href={`/people/${p.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {p.name}
                </Link>
                <span className="text-sm text-muted">
                  {rolesLabel(p)} · {p.locations.join(", ") || "No location"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
