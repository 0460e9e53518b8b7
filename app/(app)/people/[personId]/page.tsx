import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { AuthorizationTable } from "@/components/authorization/authorization-table";
import { ClearanceMatrix } from "@/components/clearance/clearance-matrix";
import { MomentForm } from "@/components/clearance/moment-form";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DatedValueCard } from "@/components/person/dated-value-card";
import { EmploymentCard } from "@/components/person/employment-card";
import { PersonHistory } from "@/components/person/person-history";
import { ProfileCard } from "@/components/person/profile-card";
import { SignInForm } from "@/components/person/sign-in-form";
import { RecordList } from "@/components/record/record-list";
import { rolesLabel } from "@/components/shell/labels";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, reachableLocations, type Grant, type Target } from "@/lib/access/policy";
import { listArrangements } from "@/lib/arrangement/data";
import { personHistory } from "@/lib/audit/data";
import { requestContext, requirePersonScope } from "@/lib/auth/guard";
import { listAuthorizations } from "@/lib/authorization/data";
import { answerAllTasks, momentAt } from "@/lib/clearance/check";
import { overviewQuerySchema } from "@/lib/clearance/schema";
import { getLocations, listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { getPersonProfile, type PersonProfile } from "@/lib/person/data";
import { listRecords } from "@/lib/record/data";
import { listTasks } from "@/lib/task/data";
import { loadLocationHelpers } from "@/lib/user/data";
import { wallClock, zoneName } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("profile.metaTitle") };
}

/** The roles a new sign-in starts with: a provider validates where they work; an MA is an MA. */
function suggestedGrants(person: PersonProfile): Grant[] {
  if (person.providerType) return person.locations.map((l) => ({ role: "validator", locationId: l.id }));
  return person.isMedicalAssistant ? [{ role: "medical_assistant", locationId: null }] : [];
}

export default async function PersonPage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { personId } = await params;
  const { actor, locationIds } = await requirePersonScope("person.read", personId, "page /people/[personId]");
  const [organization, t, common, locale] = await Promise.all([organizationSettings(), getTranslations("people"), getTranslations("common"), getLocale()]);
  const now = new Date();
  const today = wallClock(now, organization.timeZone).date;
  const [person, locations] = await Promise.all([getPersonProfile(personId, today, now), getLocations(locationIds)]);
  if (!person) notFound();
  // "Clearances now" can be asked for another moment (a manager planning tomorrow's clinic), on the
  // clock of the person's first location.
  const query = overviewQuerySchema.safeParse(await searchParams);
  const date = query.success ? query.data.date || undefined : undefined;
  const time = query.success ? query.data.time || undefined : undefined;
  const clearanceZone = locations[0]?.timeZone ?? organization.timeZone;
  const moment = momentAt(date, time, clearanceZone, now);
  const target: Target = { kind: "person", personId, locationIds };
  const isMa = person.isMedicalAssistant;
  const readRecords = isMa && can(actor, "record.read", target);
  const manageRecords = isMa && can(actor, "record.manage", target);
  const canValidate = isMa && person.id !== actor.personId && locationIds.some((l) => can(actor, "competency.validate", { ...target, locationIds: [l] }));
  const manageAt = new Set(locations.filter((l) => can(actor, "authorization.manage", { kind: "location", locationId: l.id })).map((l) => l.id));
  const managePerson = can(actor, "person.manage", target);
  const managesLocation = (locationId: string) => can(actor, "person.manage", { kind: "location", locationId });
  const isAdmin = can(actor, "user.manage", { kind: "organization" });
  const giveSignIn = isAdmin && person.userId === null;
  const showClearances = isMa && can(actor, "clearance.read", target) && locations.length > 0;
  const [clearances, helpers, authorizations, records, arrangements, history, manageable, allLocations, tasks] = await Promise.all([
    showClearances ? answerAllTasks(personId, locationIds, moment, await requestContext(actor), "overview", locale) : [],
    showClearances ? loadLocationHelpers(locationIds) : [],
    isMa ? listAuthorizations(personId, locationIds) : [],
    readRecords ? listRecords(personId) : [],
    isMa ? listArrangements(locationIds, personId) : [],
    can(actor, "record.read", target) ? personHistory(personId, { locations: locationIds, peopleAt: reachableLocations(actor, "person.read"), people: [actor.personId, personId] }, organization.timeZone) : [],
    managePerson ? listLocations(reachableLocations(actor, "person.manage")) : [],
    giveSignIn ? listLocations() : [],
    giveSignIn ? listTasks() : [],
  ]);
  const zone = organization.timeZone;
  const edit = managePerson ? { personVersion: person.version } : null;
  const showProvider = person.providerType !== null || person.providerRoles.length > 0 || managePerson;
  const showTier = isMa || person.tiers.some((t) => t.value !== "none");

  return (
    <ClientMessages paths={["admin.accessFields", "admin.roles", "people.dated", "people.dialog", "people.edit", "people.employment", "people.signIn", "people.tier"]}>
      <PageHeader
        title={person.name}
        description={rolesLabel(person)}
        actions={
          isMa ? (
            <>
              <LinkButton href={`/people/${person.id}/clearances`} variant="secondary">
                {t("profile.clearances")}
              </LinkButton>
              <LinkButton href={`/people/${person.id}/check`} variant="secondary">
                {t("profile.check")}
              </LinkButton>
              {manageAt.size > 0 ? <LinkButton href={`/people/${person.id}/authorizations/new`}>{t("profile.authorize")}</LinkButton> : null}
              {manageRecords ? <LinkButton href={`/people/${person.id}/records/new`}>{t("profile.addRecord")}</LinkButton> : null}
              {canValidate ? <LinkButton href={`/people/${person.id}/validate`}>{t("profile.signOff")}</LinkButton> : null}
            </>
          ) : null
        }
      />
      <div className="space-y-5">
        <ProfileCard person={person} canEdit={managePerson} />
        <EmploymentCard
          personId={person.id}
          periods={person.employment.filter((p) => locationIds.includes(p.locationId))}
          canManage={managesLocation}
          manageable={manageable}
          today={today}
          timeZone={zone}
        />
        {showTier ? <DatedValueCard kind="tier" versions={person.tiers} personId={person.id} edit={edit} today={today} timeZone={zone} /> : null}
        {showProvider ? <DatedValueCard kind="provider" versions={person.providerRoles} personId={person.id} edit={edit} today={today} timeZone={zone} /> : null}
        {isAdmin ? (
          // Rendered for admins whatever the person's sign-in, so the one-time password survives the refresh after it is created.
          <Card key="sign-in" title={t("profile.signIn")}>
            <SignInForm
              person={{ id: person.id, name: person.name }}
              account={person.userId && person.email ? { userId: person.userId, email: person.email, active: person.active ?? false } : null}
              suggested={suggestedGrants(person)}
              locations={allLocations}
              tasks={tasks}
            />
          </Card>
        ) : null}
        {showClearances ? (
          <Card title={date || time ? t("profile.clearancesAt") : t("profile.clearancesNow")}>
            <div className="space-y-3">
              {!query.success ? <Alert tone="error" title={common("invalidMoment")} /> : null}
              <MomentForm action={`/people/${person.id}`} date={date} time={time} zoneLabel={zoneName(clearanceZone, moment)} idPrefix="clearance-" />
              <ClearanceMatrix results={clearances} person={{ id: person.id, name: person.name }} helpers={helpers} />
            </div>
          </Card>
        ) : null}
        {isMa ? (
          <Card title={t("profile.authorizations")}>
            {locations.length === 0 ? <p className="text-sm text-muted">{t("profile.noLocation")}</p> : null}
            {locations.map((l) => (
              <section key={l.id} aria-label={t("profile.authorizationsAt", { location: l.name })} className="mb-3">
                <h3 className="text-sm font-semibold">{l.name}</h3>
                <AuthorizationTable rows={authorizations.filter((a) => a.locationId === l.id)} canManage={manageAt.has(l.id)} timeZone={l.timeZone} />
              </section>
            ))}
          </Card>
        ) : null}
        {readRecords ? (
          <Card title={t("profile.records")}>
            <RecordList records={records} personId={person.id} today={today} />
          </Card>
        ) : null}
        {isMa ? (
          <Card title={t("profile.supervision")}>
            <ArrangementList arrangements={arrangements} editable={false} today={today} />
          </Card>
        ) : null}
        {history.length > 0 ? (
          <Card title={t("profile.history")}>
            <PersonHistory events={history} linkToRecord={can(actor, "audit.read", { kind: "organization" })} />
          </Card>
        ) : null}
        {isMa ? <VerifyNotice /> : null}
      </div>
    </ClientMessages>
  );
}
