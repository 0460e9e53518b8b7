import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/record/record-form";
import { EvidenceLinks } from "@/components/record/record-list";
import { Badge, Card } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { Choice, ChoiceGroup, TextAreaField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requirePersonScope } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/data";
import { certificationLabel } from "@/lib/person/credentials";
import { getPersonProfile } from "@/lib/person/data";
import { withdrawRecordAction } from "@/lib/record/actions";
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
  const local = (iso: string | null) => (iso ? `${wallClock(new Date(iso), timeZone).date} ${wallClock(new Date(iso), timeZone).time}` : "");
  const canCorrect = can(actor, "record.manage", { kind: "person", personId, locationIds }) && current.withdrawnFrom === null;
  const signed = current.kind === "competency" && current.validatedBy !== null;
  return (
    <>
      <PageHeader
        title={current.title}
        description={`${person.name} · ${current.kind} · version ${current.version}${versions.length > 1 ? ` of ${versions.length}` : ""}`}
        actions={
          canCorrect ? (
            <DialogForm action={withdrawRecordAction} label="Withdraw" subject={current.title} variant="danger" title={`Withdraw “${current.title}”?`} submitLabel="Withdraw" hidden={{ personId: person.id, lineageId: current.lineageId, version: current.version }}>
              <p className="text-sm text-muted">For a record entered by mistake (the wrong person, a course never taken). It stays in the history, but counts for nothing from the day you choose; answers for moments before then are unchanged.</p>
              <ChoiceGroup legend="Counts for nothing" name="fromMode">
                <Choice type="radio" name="fromMode" value="start" label="From the start (it was never true)" defaultChecked />
                <Choice type="radio" name="fromMode" value="date" label="From the date below" />
              </ChoiceGroup>
              <TextField label="From (when not from the start)" name="from" type="date" />
              <TextAreaField label="Reason" name="reason" required maxLength={1000} />
            </DialogForm>
          ) : null
        }
      />
      <div className="space-y-5">
        <Card title="Versions">
          <ol className="divide-y divide-slate-100">
            {versions.map((v) => (
              <li key={v.id} className="space-y-1 py-3 text-sm">
                <p className="font-medium">
                  Version {v.version} {v === current ? <Badge tone="green">Current</Badge> : <Badge>Replaced by version {v.version + 1}</Badge>}{" "}
                  {v.withdrawnFrom ? <Badge tone="red">Withdrawn from {v.withdrawnFrom}</Badge> : null}{" "}
                  <span className="font-normal text-muted">recorded {local(v.recordedAt)}</span>
                </p>
                {v.correctionReason ? <p>{v.withdrawnFrom ? "Withdrawal" : "Correction"}: {v.correctionReason}</p> : null}
                <p className="text-muted">
                  {v.title} · completed {v.completedOn}
                  {v.expiresOn ? ` · expires ${v.expiresOn}` : ""}
                  {v.hours ? ` · ${v.hours} h` : ""}
                  {v.procedureCount ? ` · ${v.procedureCount} procedures` : ""}
                  {v.certificationType ? ` · ${certificationLabel(v.certificationType)}` : ""}
                  {v.tasks.length ? ` · ${v.tasks.map((t) => t.name).join(", ")}` : ""}
                </p>
                {v.attestation ? (
                  <blockquote className="border-l-4 border-emerald-300 pl-3">
                    “{v.attestation}” <span className="text-muted">Signed by {v.validatedBy} on {local(v.validatedAt)}, {VALIDATION_METHODS[v.validationMethod as keyof typeof VALIDATION_METHODS]?.toLowerCase() ?? ""}.</span>
                  </blockquote>
                ) : v.kind === "competency" ? (
                  <p className="text-amber-900">Not signed off: this competency counts for nothing until a validator signs it off.</p>
                ) : null}
                {v.notes ? <p>Notes: {v.notes}</p> : null}
                <EvidenceLinks files={v.evidence} />
              </li>
            ))}
          </ol>
        </Card>
        {canCorrect ? (
          <Card title="Correct this record">
            <p className="mb-3 text-sm text-muted">
              A correction adds a new version; this one stays in the history.
              {signed ? " The validator's sign-off is kept as long as the tasks and dates it attests to stay the same." : ""}
            </p>
            <RecordForm
              personId={person.id}
              tasks={tasks}
              correction={{ lineageId: current.lineageId, version: current.version, signed }}
              defaults={{
                kind: current.kind,
                title: current.title,
                taskIds: current.tasks.map((t) => t.id),
                trainingProvider: current.trainingProvider ?? "",
                hours: current.hours?.toString() ?? "",
                procedureCount: current.procedureCount?.toString() ?? "",
                certificationType: current.certificationType ?? "",
                completedOn: current.completedOn,
                expiresOn: current.expiresOn ?? "",
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
