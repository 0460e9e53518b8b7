import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { PersonProfile } from "@/lib/person/data";
import { PersonEditDialog } from "./person-edit-dialog";
import { tierText } from "./tier-label";

/** Who the person is, as of today; the name edit for those who manage them. */
export function ProfileCard({ person, canEdit }: { person: PersonProfile; canEdit: boolean }) {
  const t = useTranslations("people");
  const signIn = person.email ? (person.active ? person.email : t("card.emailDeactivated", { email: person.email })) : t("card.noSignIn");
  return (
    <Card title={t("card.title")} actions={canEdit ? <PersonEditDialog person={{ id: person.id, version: person.version, firstName: person.firstName, lastName: person.lastName, employeeId: person.employeeId }} /> : null}>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Item label={t("card.locations")} value={person.locations.map((l) => t("card.location", { name: l.name, state: l.state })).join(", ") || t("card.none")} />
        <Item label={t("card.employeeId")} value={person.employeeId ?? t("card.none")} />
        {person.isMedicalAssistant ? <Item label={t("card.tier")} value={tierText(t, person.credentialTier)} /> : null}
        {person.providerType ? <Item label={t("card.providerType")} value={person.providerType} /> : null}
        <Item label={t("card.signIn")} value={signIn} />
      </dl>
    </Card>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-muted">{label}</dt>
      <dd className="break-words font-medium">{value}</dd>
    </div>
  );
}
