import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Reports" };

const REPORTS = [
  { href: "/reports/records", title: "Competency records export", text: "Training, competency and certification records with their evidence hashes, as CSV, PDF per person or location, or a ZIP bundle with the evidence files." },
  { href: "/reports/as-of", title: "Clearances as of a moment", text: "What Cleared answers for every medical assistant and task at a past moment, from the records known then, with the evidence and rule versions used." },
  { href: "/reports/who-can", title: "Who could do this task", text: "For one task, location and moment: every medical assistant with their answer and the reasons." },
  { href: "/reports/decisions", title: "What the system said", text: "The log of checks people ran, with the breakdown exactly as it was shown then." },
  { href: "/reports/verify", title: "Check an exported file", text: "Confirm that a file handed to you is exactly the one Cleared exported, and see who exported it, when and with which filters." },
] as const;

export default async function ReportsPage() {
  await requireScope("report.read", "page /reports");
  return (
    <>
      <PageHeader title="Reports" description="Read-only reports for surveys and audits. Every export is recorded in the audit trail with the SHA-256 of the file produced." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {REPORTS.map((r) => (
          <li key={r.href}>
            <Card className="h-full">
              {/* Report pages record who viewed them; a prefetch is not a view. */}
              <Link href={r.href} prefetch={false} className="text-lg font-semibold text-brand-800 underline-offset-2 hover:underline">
                {r.title}
              </Link>
              <p className="mt-1 text-sm text-muted">{r.text}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
