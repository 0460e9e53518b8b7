import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { recentAuditEvents, verifyAuditChain } from "@/lib/audit/data";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ verify?: string }> }) {
  await requirePage("audit.verify", { kind: "organization" }, "page /audit");
  const verify = (await searchParams).verify === "1";
  const [check, events] = await Promise.all([verify ? verifyAuditChain() : null, recentAuditEvents({ limit: 50 })]);
  return (
    <>
      <PageHeader title="Audit trail" description="Every change, sign-in and refused access, in order. Events cannot be edited or deleted, and each hash covers the event before it." />
      <div className="space-y-4">
        <Card title="Chain verification">
          {check ? (
            check.firstBreak ? (
              <Alert tone="error" title={`Chain broken at event #${check.firstBreak.seq}`}>
                {check.firstBreak.reason === "prev_hash_mismatch"
                  ? "This event does not link to the one before it: an event was removed or inserted."
                  : "This event's content does not match its hash: it was edited."}{" "}
                {check.count} events checked.
              </Alert>
            ) : (
              <Alert tone="success" title={`Chain intact: ${check.count} events`}>
                Head hash <code className="break-all font-mono text-xs">{check.headHash}</code>
              </Alert>
            )
          ) : (
            <p className="text-sm text-muted">Recomputes the hash of every event, from the first to the last.</p>
          )}
          <form action="/audit" className="mt-3">
            <input type="hidden" name="verify" value="1" />
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              Verify chain now
            </button>
          </form>
        </Card>
        <Card title="Latest events">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Latest 50 audit events, newest first</caption>
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3">#</th>
                  <th scope="col" className="py-2 pr-3">When (UTC)</th>
                  <th scope="col" className="py-2 pr-3">Who</th>
                  <th scope="col" className="py-2 pr-3">What</th>
                  <th scope="col" className="py-2">Record</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {events.map((e) => (
                  <tr key={e.seq}>
                    <td className="py-2 pr-3 tabular-nums">{e.seq}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{e.occurredAt.replace("T", " ").slice(0, 19)}</td>
                    <td className="py-2 pr-3 break-all">{e.actorLabel}</td>
                    <td className="py-2 pr-3">{e.action}</td>
                    <td className="py-2 break-all">
                      {e.entityType}
                      {e.entityId ? ` ${e.entityId}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </>
  );
}
