import type { Metadata } from "next";
import Link from "next/link";
import { concerns } from "@/components/notification/labels";
import { PreferencesForm } from "@/components/notification/preferences-form";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/access/policy";
import { requireActor } from "@/lib/auth/guard";
import { preferencesOf } from "@/lib/notification/data";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const forKinds = concerns(actor);
  const rows = (await preferencesOf(actor.userId)).flatMap(({ kind, cadence }) => (forKinds[kind] ? [{ kind, cadence, concerns: forKinds[kind] }] : []));
  return (
    <>
      <PageHeader title="Account" description={actor.email} />
      <Card title="Email reminders">
        <p className="mb-5 max-w-2xl text-sm text-muted">
          Cleared tells you when something needs your attention. The{" "}
          <Link href="/notifications" className="text-brand-800 underline">
            bell
          </Link>{" "}
          always lists them; this chooses the email: each one at once, gathered in a daily or weekly digest, or none.
        </p>
        {rows.length === 0 ? (
          <EmptyState title="No reminders concern your roles.">Nothing in Cleared emails you, so there is nothing to choose.</EmptyState>
        ) : (
          <PreferencesForm rows={rows} ownExpiryLocked={hasRole(actor, "medical_assistant")} />
        )}
      </Card>
    </>
  );
}
