import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ValidationForm } from "@/components/record/validation-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, validatableTasks } from "@/lib/access/policy";
import { requirePersonScope } from "@/lib/auth/guard";
import { getLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { getPersonProfile } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("record.validate.metaTitle") };
}

export default async function ValidatePage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<{ location?: string | string[]; tasks?: string | string[] }> }) {
  const { personId } = await params;
  const asked = await searchParams;
  const { actor, locationIds } = await requirePersonScope("competency.validate", personId, "page /people/[personId]/validate");
  const here = locationIds.filter((l) => can(actor, "competency.validate", { kind: "person", personId, locationIds: [l] }));
  const [person, locations, tasks, { timeZone }, t] = await Promise.all([getPersonProfile(personId), getLocations(here), listTasks(), organizationSettings(), getTranslations("people")]);
  if (!person?.isMedicalAssistant || person.id === actor.personId || locations.length === 0) notFound();
  const allowed = here.map((l) => validatableTasks(actor, l));
  const covered = tasks.filter((task) => !task.providerOnly && allowed.some((a) => a === "all" || a.includes(task.id) || (task.parentId !== null && a.includes(task.parentId))));
  const today = wallClock(new Date(), timeZone).date;
  const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  // From a sign-off waiting: preselect what it names, only among what this validator may sign off here.
  const locationId = locations.find((l) => l.id === asked.location)?.id;
  const askedTasks = typeof asked.tasks === "string" ? asked.tasks.split(",") : [];
  const preselected = covered.filter((task) => askedTasks.includes(task.id)).map((task) => task.id);
  return (
    <ClientMessages paths={["people.record.method", "people.record.validate"]}>
      <PageHeader title={t("record.validate.title", { name: person.name })} description={t("record.validate.description")} />
      <Card>
        <ValidationForm personId={person.id} personName={person.name} validatorName={actor.name} locations={locations} tasks={covered} today={today} inAYear={inAYear} locationId={locationId} preselected={preselected} />
      </Card>
    </ClientMessages>
  );
}
