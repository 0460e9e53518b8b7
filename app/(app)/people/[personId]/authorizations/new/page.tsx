import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GrantForm } from "@/components/authorization/grant-form";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requirePersonScope } from "@/lib/auth/guard";
import { heldAuthorizations } from "@/lib/authorization/data";
import { getLocations } from "@/lib/location/data";
import { getPersonProfile } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("grant.metaTitle") };
}

export default async function AuthorizeTasksPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  const { actor, locationIds } = await requirePersonScope("person.read", personId, "page /people/[personId]/authorizations/new");
  const manageable = locationIds.filter((id) => can(actor, "authorization.manage", { kind: "location", locationId: id }));
  const [person, locations, tasks, t] = await Promise.all([getPersonProfile(personId), getLocations(manageable), listTasks(), getTranslations("people")]);
  if (!person || !person.isMedicalAssistant || locations.length === 0) notFound();
  const now = new Date();
  const choices = locations.map((l) => ({ id: l.id, name: l.name, today: wallClock(now, l.timeZone).date }));
  const held = await heldAuthorizations(choices, [person.id]);
  return (
    <ClientMessages paths={["people.grant"]}>
      <PageHeader title={t("grant.title", { name: person.name })} description={t("grant.description")} />
      <Card>
        <GrantForm
          fixedPerson={{ id: person.id, name: person.name }}
          people={[]}
          locations={choices}
          tasks={tasks}
          held={held}
          backHref={`/people/${person.id}`}
        />
      </Card>
      <div className="mt-4">
        <VerifyNotice />
      </div>
    </ClientMessages>
  );
}
