import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/record/record-form";
import { EvidenceLinks } from "@/components/record/record-list";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requirePersonScope } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/data";
import { certificationLabel } from "@/lib/person/credentials";
import { getPersonProfile } from "@/lib/person/data";
import { recordHistory } from "@/lib/record/data";
import { VALIDATION_METHODS } from "@/lib/record/schema";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";
import { idSchema } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Record" };

export default async function RecordPage({ params }: { params: Promise<{ personId: string; lineageId: string }> }) {
  const { personId, lineageId } = await params;
  const { actor, locationIds } = await requirePersonScope("record.read", personId, "page /people/[personId]/records/[lineageId]");
  const id = idSchema.safeParse(lineageId);
  const [person, versions, tasks, { timeZone }] = await Promise.all([getPersonProfile(personId), id.success ? recordHistory(personId, id.data) : null, listTasks(), organizationSettings()]);
  if (!person || !versions) notFound();
  const current = versions[0]!;
  const day = (iso: string | null) => (iso ? wallClock(new Date(iso), timeZone).date : "");
  const canCorrect = can(actor, "record.manage", { kind: "person", personId, locationIds });
  return (
    <>
      <PageHeader title={current.title} description={`${person.name} · ${current.kind} · version ${current.version}${versions.length > 1 ? ` of ${versions.length}` : ""}`} />
      <div className="space-y-5">
        <Card title="Versions">
          <ol className="divide-y divide-slate-100">
            {versions.map((v) => (
              <li key={v.id} className="space-y-1 py-3 text-sm">
                <p className="font-medium">
                  Version {v.version} {v === current ? <Badge tone="green">Current</Badge> : <Badge>Superseded</Badge>}{" "}
                  <span className="font-normal text-muted">recorded {day(v.recordedAt)}</span>
                </p>
                {v.correctionReason ? <p>Correction: {v.correctionReason}</p> : null}
                <p className="text-muted">
                  {v.title} · completed {day(v.completedAt)}
                  {v.expiresAt ? ` · expires ${day(v.expiresAt)}` : ""}
                  {v.hours ? ` · ${v.hours} h` : ""}
                  {v.procedureCount ? ` · ${v.procedureCount} procedures` : ""}
                  {v.certificationType ? ` · ${certificationLabel(v.certificationType)}` : ""}
                  {v.tasks.length ? ` · ${v.tasks.map((t) => t.name).join(", ")}` : ""}
                </p>
                {v.attestation ? (
                  <blockquote className="border-l-4 border-emerald-300 pl-3">
                    “{v.attestation}” <span className="text-muted">Signed by {v.validatedBy} on {day(v.validatedAt)}, {VALIDATION_METHODS[v.validationMethod as keyof typeof VALIDATION_METHODS]?.toLowerCase() ?? ""}.</span>
                  </blockquote>
                ) : null}
                {v.notes ? <p>Notes: {v.notes}</p> : null}
                <EvidenceLinks files={v.evidence} />
              </li>
            ))}
          </ol>
        </Card>
        {canCorrect ? (
          <Card title="Correct this record">
            <p className="mb-3 text-sm text-muted">A correction adds a new version; this one stays in the history.{current.kind === "competency" ? " The validator's sign-off is kept as it was." : ""}</p>
            <RecordForm
              personId={person.id}
              tasks={tasks}
              correction={{ lineageId: current.lineageId, version: current.version }}
              defaults={{
                kind: current.kind,
                title: current.title,
                taskIds: current.tasks.map((t) => t.id),
                trainingProvider: current.trainingProvider ?? "",
                hours: current.hours?.toString() ?? "",
                procedureCount: current.procedureCount?.toString() ?? "",
                certificationType: current.certificationType ?? "",
                completedOn: day(current.completedAt),
                expiresOn: day(current.expiresAt),
                notes: current.notes ?? "",
              }}
              backHref={`/people/${person.id}`}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
