import type { Metadata } from "next";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "Sign off competency" };

export default async function ValidatePage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<{ location?: string | string[]; tasks?: string | string[] }> }) {
  const { personId } = await params;
  const asked = await searchParams;
  const { actor, locationIds } = await requirePersonScope("competency.validate", personId, "page /people/[personId]/validate");
  const here = locationIds.filter((l) => can(actor, "competency.validate", { kind: "person", personId, locationIds: [l] }));
  const [person, locations, tasks, { timeZone }] = await Promise.all([getPersonProfile(personId), getLocations(here), listTasks(), organizationSettings()]);
  if (!person?.isMedicalAssistant || person.id === actor.personId || locations.length === 0) notFound();
  const allowed = here.map((l) => validatableTasks(actor, l));
  const covered = tasks.filter((t) => !t.providerOnly && allowed.some((a) => a === "all" || a.includes(t.id) || (t.parentId !== null && a.includes(t.parentId))));
  const today = wallClock(new Date(), timeZone).date;
  const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  // From a sign-off waiting: preselect what it names, only among what this validator may sign off here.
  const locationId = locations.find((l) => l.id === asked.location)?.id;
  const askedTasks = typeof asked.tasks === "string" ? asked.tasks.split(",") : [];
  const preselected = covered.filter((t) => askedTasks.includes(t.id)).map((t) => t.id);
  return (
    <>
      <PageHeader title={`Sign off ${person.name}'s competency`} description="Only what you observed yourself. The sign-off is recorded with your name and the time, and cannot be edited afterwards." />
      <Card>
        <ValidationForm personId={person.id} personName={person.name} validatorName={actor.name} locations={locations} tasks={covered} today={today} inAYear={inAYear} locationId={locationId} preselected={preselected} />
      </Card>
    </>
  );
}
