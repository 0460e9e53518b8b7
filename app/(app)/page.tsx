import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { navItemsFor } from "@/components/shell/nav-items";
import { roleSummary } from "@/components/shell/app-header";
import { requireActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Home" };

const DESCRIPTIONS: Record<string, string> = {
  "My clearances": "Every task at your locations, with the answer right now and why not.",
  "Check a task": "May I do this task, here, right now? The four factors, the evidence and what to do next.",
  "My record": "Your locations, credential and employment details.",
  People: "Staff and providers you can see, with their records.",
  Users: "Create sign-ins, assign roles and locations, reset passwords, deactivate accounts.",
  "Audit trail": "Every change and sign-in, hash-chained so edits are detectable. Verify the chain.",
  Account: "Change your password.",
};

export default async function HomePage() {
  const actor = await requireActor();
  const destinations = navItemsFor(actor).filter((item) => item.href !== "/");
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name.split(" ")[0]}`} description={`Signed in as ${roleSummary(actor)}.`} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {destinations.map((item) => (
          <Card key={item.href}>
            <Link href={item.href} className="text-base font-semibold text-brand-800 underline-offset-2 hover:underline">
              {item.label}
            </Link>
            <p className="mt-1 text-sm text-muted">{DESCRIPTIONS[item.label]}</p>
          </Card>
        ))}
      </div>
      <p className="mt-8 max-w-3xl text-xs text-muted">
        Cleared records what your organization has documented. It does not give legal advice: verify state rules with your state medical board.
      </p>
    </>
  );
}
