import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { listUsers } from "@/lib/user/data";
import { EmailAddress } from "@/components/ui/email-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("metaTitle") };
}

const STATUSES = ["active", "inactive", "all"] as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string }> }) {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const status = STATUSES.find((s) => s === params.status) ?? "active";
  const [users, locations] = await Promise.all([listUsers({ query, status }), listLocations()]);
  const locationNames = new Map(locations.map((l) => [l.id, l.name]));
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} actions={<LinkButton href="/admin/users/new">{t("users.newUser")}</LinkButton>} />
      <form role="search" action="/admin/users" className="mb-4 flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          {t("users.searchLabel")}
        </label>
        <input id="q" name="q" defaultValue={query} placeholder={t("users.searchPlaceholder")} maxLength={100} className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        <label htmlFor="status" className="sr-only">
          {t("users.statusLabel")}
        </label>
        <select id="status" name="status" defaultValue={status} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
          <option value="active">{t("users.active")}</option>
          <option value="inactive">{t("users.inactive")}</option>
          <option value="all">{t("users.all")}</option>
        </select>
        <button type="submit" className="rounded-md bg-white px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
          {t("users.filter")}
        </button>
      </form>
      <Card>
        {users.length === 0 ? (
          <EmptyState title={t("users.emptyTitle")}>{t("users.emptyBody")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("users.caption")}</caption>
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-4">{t("users.name")}</th>
                  <th scope="col" className="py-2 pr-4">{t("users.email")}</th>
                  <th scope="col" className="py-2 pr-4">{t("users.roles")}</th>
                  <th scope="col" className="py-2">{t("users.status")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.map((u) => (
                  <tr key={u.id}>
                    <td className="py-2 pr-4">
                      <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                        {u.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">
                      <EmailAddress email={u.email} />
                    </td>
                    <td className="py-2 pr-4">
                      {u.grants
                        .map((g) => (g.locationId ? t("users.roleAt", { role: t(`roles.${g.role}.label`), location: locationNames.get(g.locationId) ?? "?" }) : t(`roles.${g.role}.label`)))
                        .join(", ")}
                    </td>
                    <td className="py-2">
                      {u.active ? <Badge tone="green">{t("users.active")}</Badge> : <Badge>{t("users.inactive")}</Badge>} {u.mustChangePassword ? <Badge tone="amber">{t("users.mustChange")}</Badge> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
