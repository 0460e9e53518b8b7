import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { AuthorizationTable } from "@/components/authorization/authorization-table";
import { ClearanceMatrix } from "@/components/clearance/clearance-matrix";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { PersonHistory } from "@/components/person/person-history";
import { RecordList } from "@/components/record/record-list";
import { rolesLabel } from "@/components/shell/labels";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, type Target } from "@/lib/access/policy";
import { listArrangements } from "@/lib/arrangement/data";
import { recentAuditEvents } from "@/lib/audit/data";
import { requestContext, requirePersonScope } from "@/lib/auth/guard";
import { listAuthorizations } from "@/lib/authorization/data";
import { answerAllTasks } from "@/lib/clearance/check";
import { getLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { tierLabel } from "@/lib/person/credentials";
import { getPersonProfile } from "@/lib/person/data";
import { listRecords } from "@/lib/record/data";

export const metadata: Metadata = { title: "Staff profile" };

export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  const { actor, locationIds } = await requirePersonScope("person.read", personId, "page /people/[personId]");
  const [person, locations, organization] = await Promise.all([getPersonProfile(personId), getLocations(locationIds), organizationSettings()]);
  if (!person) notFound();
  const target: Target = { kind: "person", personId, locationIds };
  const now = new Date();
  const isMa = person.isMedicalAssistant;
  const readRecords = isMa && can(actor, "record.read", target);
  const manageRecords = isMa && can(actor, "record.manage", target);
  const canValidate = isMa && person.id !== actor.personId && locationIds.some((l) => can(actor, "competency.validate", { ...target, locationIds: [l] }));
  const manageAt = new Set(locations.filter((l) => can(actor, "authorization.manage", { kind: "location", locationId: l.id })).map((l) => l.id));
  const [clearances, authorizations, records, arrangements, history] = await Promise.all([
    isMa && can(actor, "clearance.read", target) && locations.length ? answerAllTasks(personId, locationIds, now, await requestContext(actor), "overview") : [],
    isMa ? listAuthorizations(personId, locationIds) : [],
    readRecords ? listRecords(personId) : [],
    isMa ? listArrangements(locationIds, personId) : [],
    can(actor, "record.read", target) ? recentAuditEvents({ personId, limit: 50 }) : [],
  ]);
  const zone = organization.timeZone;

  return (
    <>
      <PageHeader
        title={person.name}
        description={rolesLabel(person)}
        actions={
          isMa ? (
            <>
              <LinkButton href={`/people/${person.id}/clearances`} variant="secondary">
                Clearances
              </LinkButton>
              <LinkButton href={`/people/${person.id}/check`} variant="secondary">
                Check a task
              </LinkButton>
              {manageAt.size > 0 ? <LinkButton href={`/people/${person.id}/authorizations/new`}>Authorize tasks</LinkButton> : null}
              {manageRecords ? <LinkButton href={`/people/${person.id}/records/new`}>Add record</LinkButton> : null}
              {canValidate ? <LinkButton href={`/people/${person.id}/validate`}>Sign off competency</LinkButton> : null}
            </>
          ) : null
        }
      />
      <div className="space-y-5">
        <Card title="Profile">
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <Item label="Locations" value={person.locations.map((l) => `${l.name} (${l.state})`).join(", ") || "None"} />
            <Item label="State MA credential" value={tierLabel(person.credentialTier)} />
            <Item label="Employed since" value={person.employmentStart} />
            {person.employmentEnd ? <Item label="Employment ended" value={person.employmentEnd} /> : null}
            <Item label="Sign-in" value={person.email ? `${person.email}${person.active ? "" : " (deactivated)"}` : "No login"} />
          </dl>
        </Card>
        {clearances.length > 0 ? (
          <Card title="Clearances now">
            <ClearanceMatrix results={clearances} personId={person.id} />
          </Card>
        ) : null}
        {isMa ? (
          <Card title="Authorizations">
            {locations.length === 0 ? <p className="text-sm text-muted">Not assigned to a location you can see.</p> : null}
            {locations.map((l) => (
              <section key={l.id} aria-label={`Authorizations at ${l.name}`} className="mb-3">
                <h3 className="text-sm font-semibold">{l.name}</h3>
                <AuthorizationTable rows={authorizations.filter((a) => a.locationId === l.id)} canManage={manageAt.has(l.id)} timeZone={l.timeZone} />
              </section>
            ))}
          </Card>
        ) : null}
        {readRecords ? (
          <Card title="Training, competency and certifications">
            <RecordList records={records} personId={person.id} timeZone={zone} now={now} />
          </Card>
        ) : null}
        {isMa ? (
          <Card title="Supervision">
            <ArrangementList arrangements={arrangements} timeZone={zone} editable={false} now={now} />
          </Card>
        ) : null}
        {history.length > 0 ? (
          <Card title="History">
            <PersonHistory events={history} timeZone={zone} />
          </Card>
        ) : null}
        {isMa ? <VerifyNotice /> : null}
      </div>
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
