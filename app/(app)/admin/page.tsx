import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Reference data" };

const SECTIONS = [
  { href: "/admin/tasks", title: "Task catalog", text: "Add, rename and retire tasks. Retired tasks stay in history." },
  { href: "/rules", title: "State rules", text: "What each state's law says, versioned, with citations and verification dates." },
  { href: "/admin/policies", title: "Employer policy", text: "Your written policy per task: may only be stricter than state law." },
  { href: "/admin/locations", title: "Locations", text: "Clinics, the state whose law applies and their time zone." },
  { href: "/admin/users", title: "Users", text: "Sign-ins, roles and locations." },
  { href: "/admin/sign-in", title: "Sign-in settings", text: "Single sign-on: users on first sign-in, single sign-on only." },
];

export default async function AdminPage() {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin");
  return (
    <>
      <PageHeader title="Reference data" />
      <div className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <Card key={s.href}>
            <Link href={s.href} className="text-base font-semibold text-brand-800 underline-offset-2 hover:underline">
              {s.title}
            </Link>
            <p className="mt-1 text-sm text-muted">{s.text}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
