import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PERSON_ROLE_LABELS } from "@/components/shell/labels";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { listUsers } from "@/lib/user/data";
import { EmailAddress } from "@/components/ui/email-address";

export const metadata: Metadata = { title: "Users" };

const STATUSES = ["active", "inactive", "all"] as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string }> }) {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const status = STATUSES.find((s) => s === params.status) ?? "active";
  const [users, locations] = await Promise.all([listUsers({ query, status }), listLocations()]);
  const locationNames = new Map(locations.map((l) => [l.id, l.name]));
  return (
    <>
      <PageHeader title="Users" description="Sign-ins, their roles and the locations they cover." actions={<LinkButton href="/admin/users/new">New user</LinkButton>} />
      <form role="search" action="/admin/users" className="mb-4 flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Search users
        </label>
        <input id="q" name="q" defaultValue={query} placeholder="Name or email" maxLength={100} className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        <label htmlFor="status" className="sr-only">
          Status
        </label>
        <select id="status" name="status" defaultValue={status} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
          <option value="active">Active</option>
          <option value="inactive">Deactivated</option>
          <option value="all">All</option>
        </select>
        <button type="submit" className="rounded-md bg-white px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
          Filter
        </button>
      </form>
      <Card>
        {users.length === 0 ? (
          <EmptyState title="No users match.">Try another name, or show deactivated users.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Users</caption>
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Email</th>
                  <th scope="col" className="py-2 pr-4">Roles</th>
                  <th scope="col" className="py-2">Status</th>
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
                      {u.grants.map((g) => `${PERSON_ROLE_LABELS[g.role]}${g.locationId ? ` (${locationNames.get(g.locationId) ?? "?"})` : ""}`).join(", ")}
                    </td>
                    <td className="py-2">
                      {u.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>} {u.mustChangePassword ? <Badge tone="amber">Must change password</Badge> : null}
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
