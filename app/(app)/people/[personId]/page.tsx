import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { rolesLabel } from "@/components/shell/labels";
import { tierLabel } from "@/lib/person/credentials";
import { LinkButton } from "@/components/ui/button";
import { can } from "@/lib/access/policy";
import { requirePage } from "@/lib/auth/guard";
import { getPersonProfile, personTarget } from "@/lib/person/data";
import { idSchema } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  const id = idSchema.safeParse(personId);
  const target = id.success ? await personTarget(id.data) : null;
  const actor = await requirePage("person.read", target, "page /people/[personId]");
  const person = await getPersonProfile(personId);
  if (!person || !target) notFound();
  const clearances = person.isMedicalAssistant && can(actor, "clearance.read", target);
  return (
    <>
      <PageHeader
        title={person.name}
        description={rolesLabel(person)}
        actions={
          clearances ? (
            <>
              <LinkButton href={`/people/${person.id}/clearances`}>Clearances</LinkButton>
              <LinkButton href={`/people/${person.id}/check`} variant="secondary">
                Check a task
              </LinkButton>
            </>
          ) : null
        }
      />
      <Card title="Profile">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Item label="Locations" value={person.locations.map((l) => `${l.name} (${l.state})`).join(", ") || "None"} />
          <Item label="State MA credential" value={tierLabel(person.credentialTier)} />
          <Item label="Employed since" value={person.employmentStart} />
          {person.employmentEnd ? <Item label="Employment ended" value={person.employmentEnd} /> : null}
          <Item label="Sign-in" value={person.email ? `${person.email}${person.active ? "" : " (deactivated)"}` : "No login"} />
        </dl>
      </Card>
    </>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-muted">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
