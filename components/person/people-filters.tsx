import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { COMPLIANCE_STATES, PEOPLE_ROLES, PEOPLE_SORTS, type PeopleListQuery } from "@/lib/person/schema";
import { TIERS } from "./tier-label";

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
  const t = useTranslations("people");
  return (
    <form role="search" aria-label={t("filters.label")} action="/people" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-6">
      <div className="space-y-1 sm:col-span-3 lg:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("filters.name")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q} placeholder={t("filters.namePlaceholder")} maxLength={100} className={CONTROL} />
      </div>
      {locations.length > 1 ? <Select id="location" label={t("filters.location")} value={query.location} all={t("filters.allLocations")} options={locations.map((l) => [l.id, l.name] as const)} /> : null}
      <Select id="role" label={t("filters.role")} value={query.role} all={t("filters.everyRole")} options={PEOPLE_ROLES.map((r) => [r, t(`filters.roles.${r}`)] as const)} />
      <Select id="tier" label={t("filters.tier")} value={query.tier} all={t("filters.everyTier")} options={TIERS.map((tier) => [tier, t(`tier.${tier}`)] as const)} />
      <Select id="compliance" label={t("filters.compliance")} value={query.compliance} all={t("filters.everyState")} options={COMPLIANCE_STATES.map((s) => [s, t(`filters.states.${s}`)] as const)} />
      <Select id="sort" label={t("filters.sort")} value={query.sort} options={PEOPLE_SORTS.map((s) => [s, t(`filters.sorts.${s}`)] as const)} />
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/people" className={buttonClass("secondary")}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
