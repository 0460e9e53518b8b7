import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/record/record-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePersonScope } from "@/lib/auth/guard";
import { getPersonProfile } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";

export const metadata: Metadata = { title: "Add a record" };

export default async function NewRecordPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  await requirePersonScope("record.manage", personId, "page /people/[personId]/records/new");
  const [person, tasks] = await Promise.all([getPersonProfile(personId), listTasks()]);
  if (!person?.isMedicalAssistant) notFound();
  return (
    <>
      <PageHeader title={`Add a record for ${person.name}`} description="Training and certifications, with their evidence. Competency is signed off by a validator, who observes the medical assistant." />
      <Card>
        <RecordForm personId={person.id} tasks={tasks} backHref={`/people/${person.id}`} />
      </Card>
    </>
  );
}
