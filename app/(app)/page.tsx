import type { Metadata } from "next";
import Link from "next/link";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { SignOffsWaiting } from "@/components/notification/signoffs-waiting";
import { roleSummary } from "@/components/shell/app-header";
import { navItemsFor } from "@/components/shell/nav-items";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, hasRole, reachableLocations } from "@/lib/access/policy";
import { requireActor } from "@/lib/auth/guard";
import { loadDashboard } from "@/lib/dashboard/data";
import { listLocations } from "@/lib/location/data";
import { signOffsWaitingFor } from "@/lib/notification/data";

export const metadata: Metadata = { title: "Home" };

const DESCRIPTIONS: Record<string, string> = {
  "My clearances": "Every task at your locations, with the answer right now and why not.",
  "Check a task": "May I do this task, here, right now? The four factors, the evidence and what to do next.",
  "My record": "Your locations, credential, authorizations, training and history.",
  People: "Staff and providers you can see, with their records.",
  Locations: "Supervision schedules, authorizing staff and spreadsheet imports, per location.",
  "State rules": "The rules on file per state, with citations and when they were last verified.",
  Users: "Create sign-ins, assign roles and locations, reset passwords, deactivate accounts.",
  Deliveries: "Every reminder email: to whom, when, and whether it was sent. Send failed ones again.",
  Reference: "Task catalog, employer policies and locations.",
  "Audit trail": "Every change and sign-in, hash-chained so edits are detectable. Verify the chain.",
  Account: "Your password, and which reminder emails you get.",
};

export default async function HomePage() {
  const actor = await requireActor();
  const destinations = navItemsFor(actor).filter((item) => item.href !== "/");
  const scope = reachableLocations(actor, "dashboard.read");
  const showDashboard = !hasRole(actor, "medical_assistant") || scope === "all" || scope.length > 0;
  const locationIds = scope === "all" ? (await listLocations()).map((l) => l.id) : scope;
  const [dashboard, waiting] = await Promise.all([
    showDashboard && locationIds.length > 0 ? loadDashboard(locationIds) : null,
    hasRole(actor, "validator") ? signOffsWaitingFor(actor) : null,
  ]);
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name.split(" ")[0]}`} description={`Signed in as ${roleSummary(actor)}.`} />
      {waiting ? (
        <section aria-labelledby="signoffs" className="mb-8">
          <h2 id="signoffs" className="mb-3 text-lg font-semibold">
            Sign-offs waiting{waiting.length > 0 ? ` (${waiting.length})` : ""}
          </h2>
          <Card>
            <SignOffsWaiting waiting={waiting} />
          </Card>
        </section>
      ) : null}
      {dashboard ? (
        <section aria-labelledby="attention" className="mb-8">
          <h2 id="attention" className="mb-3 text-lg font-semibold">
            Needs attention{scope === "all" ? "" : " at your locations"}
          </h2>
          <DashboardView dashboard={dashboard} canEditRules={can(actor, "reference.manage", { kind: "organization" })} signOffAt={reachableLocations(actor, "record.manage")} />
        </section>
      ) : null}
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
