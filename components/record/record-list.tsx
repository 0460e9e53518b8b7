import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/card";
import { certificationLabel } from "@/lib/person/credentials";
import type { RecordView } from "@/lib/record/data";
import { VALIDATION_METHODS } from "@/lib/record/schema";
import { daysBetween } from "@/lib/time/calendar";

const KIND = { training: { label: "Training", tone: "blue" }, competency: { label: "Competency", tone: "green" }, certification: { label: "Certification", tone: "neutral" } } as const;

export function EvidenceLinks({ files }: { files: RecordView["evidence"] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 text-sm">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/api/evidence/${f.id}`} className="text-brand-800 underline" download>
            {f.fileName}
          </a>{" "}
          <span className="text-xs text-muted">({Math.max(1, Math.round(f.sizeBytes / 1024))} KB)</span>
        </li>
      ))}
    </ul>
  );
}

/** A person's training, competency and certification records: the current version of each. */
export function RecordList({ records, personId, today }: { records: (RecordView & { versions: number })[]; personId: string; today: string }) {
  if (records.length === 0) return <EmptyState title="No training, competency or certification records yet." />;
  return (
    <ul className="divide-y divide-slate-100">
      {records.map((r) => {
        const withdrawn = r.withdrawnFrom !== null;
        const expired = r.expiresOn !== null && r.expiresOn <= today;
        const soon = !expired && r.expiresOn !== null && daysBetween(today, r.expiresOn) <= 30;
        const unsigned = r.kind === "competency" && !r.validatedBy;
        return (
          <li key={r.lineageId} className="py-3">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={KIND[r.kind].tone}>{KIND[r.kind].label}</Badge>
              <Link href={`/people/${personId}/records/${r.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {r.title}
              </Link>
              {withdrawn ? <Badge>Withdrawn from {r.withdrawnFrom}</Badge> : expired ? <Badge tone="red">Expired</Badge> : soon ? <Badge tone="amber">Expires soon</Badge> : null}
              {unsigned && !withdrawn ? <Badge tone="amber">Awaiting sign-off</Badge> : null}
              {r.versions > 1 ? <span className="text-xs text-muted">version {r.version} of {r.versions}</span> : null}
            </div>
            <p className="text-sm text-muted">
              {r.kind === "competency" ? "Validated" : "Completed"} {r.completedOn}
              {r.expiresOn ? ` · ${expired ? "expired" : "expires"} ${r.expiresOn}` : ""}
              {r.hours ? ` · ${r.hours} h` : ""}
              {r.procedureCount ? ` · ${r.procedureCount} procedures` : ""}
              {r.certificationType ? ` · ${certificationLabel(r.certificationType)}` : ""}
              {r.tasks.length ? ` · ${r.tasks.map((t) => t.name).join(", ")}` : ""}
            </p>
            {r.validatedBy ? (
              <p className="text-sm text-muted">
                Signed off by {r.validatedBy}
                {r.validationMethod ? ` (${VALIDATION_METHODS[r.validationMethod as keyof typeof VALIDATION_METHODS] ?? r.validationMethod})` : ""}
              </p>
            ) : null}
            <EvidenceLinks files={r.evidence} />
          </li>
        );
      })}
    </ul>
  );
}
