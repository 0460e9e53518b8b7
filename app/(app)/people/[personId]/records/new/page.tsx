import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RecordForm } from "@/components/record/record-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePersonScope } from "@/lib/auth/guard";
import { getPersonProfile } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("record.page.newMetaTitle") };
}

export default async function NewRecordPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  await requirePersonScope("record.manage", personId, "page /people/[personId]/records/new");
  const [person, tasks, t] = await Promise.all([getPersonProfile(personId), listTasks(), getTranslations("people")]);
  if (!person?.isMedicalAssistant) notFound();
  return (
    <ClientMessages paths={["people.record.form", "people.record.kind"]}>
      <PageHeader title={t("record.page.newTitle", { name: person.name })} description={t("record.page.newDescription")} />
      <Card>
        <RecordForm personId={person.id} tasks={tasks} backHref={`/people/${person.id}`} />
      </Card>
    </ClientMessages>
  );
}
