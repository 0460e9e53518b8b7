import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";
import { COMPLIANCE_STATES, PEOPLE_ROLES, PEOPLE_SORTS, type PeopleListQuery } from "@/lib/person/schema";
import { COMPLIANCE_LABELS, ROLE_LABELS, SORT_LABELS } from "@/lib/person/wording";

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-ink shadow-sm sm:text-sm";

function Select({ id, label, value, all, options }: { id: keyof PeopleListQuery; label: string; value: string | null; all?: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${id}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${id}`} name={id} defaultValue={value ?? ""} className={CONTROL}>
        {all ? <option value="">{all}</option> : null}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The list's filters as a plain GET form: the view lives in the URL (bookmarkable, shareable, back
 * button works) and needs no script. Applying filters starts again at page 1.
 */
export function PeopleFilters({ query, locations }: { query: PeopleListQuery; locations: readonly { id: string; name: string }[] }) {
  return (
    <form role="search" aria-label="Filter people" action="/people" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-6">
      <div className="space-y-1 sm:col-span-3 lg:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          Name
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q} placeholder="Search by name" maxLength={100} className={CONTROL} />
      </div>
      {locations.length > 1 ? <Select id="location" label="Location" value={query.location} all="All my locations" options={locations.map((l) => [l.id, l.name] as const)} /> : null}
      <Select id="role" label="Role" value={query.role} all="Every role" options={PEOPLE_ROLES.map((r) => [r, ROLE_LABELS[r]] as const)} />
      <Select id="tier" label="Credential tier" value={query.tier} all="Every tier" options={Object.entries(CREDENTIAL_TIER_LABELS)} />
      <Select id="compliance" label="Compliance" value={query.compliance} all="Every state" options={COMPLIANCE_STATES.map((s) => [s, COMPLIANCE_LABELS[s]] as const)} />
      <Select id="sort" label="Sort by" value={query.sort} options={PEOPLE_SORTS.map((s) => [s, SORT_LABELS[s]] as const)} />
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className={buttonClass("primary")}>
          Apply
        </button>
        <Link href="/people" className={buttonClass("secondary")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
