import { Card } from "@/components/ui/card";
import { tierLabel } from "@/lib/person/credentials";
import type { PersonProfile } from "@/lib/person/data";
import { PersonEditDialog } from "./person-edit-dialog";

/** Who the person is, as of today; the name edit for those who manage them. */
export function ProfileCard({ person, canEdit }: { person: PersonProfile; canEdit: boolean }) {
  return (
    <Card title="Profile" actions={canEdit ? <PersonEditDialog person={{ id: person.id, version: person.version, firstName: person.firstName, lastName: person.lastName, employeeId: person.employeeId }} /> : null}>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Item label="Locations" value={person.locations.map((l) => `${l.name} (${l.state})`).join(", ") || "None"} />
        <Item label="Employee ID" value={person.employeeId ?? "None"} />
        {person.isMedicalAssistant ? <Item label="State MA credential" value={tierLabel(person.credentialTier)} /> : null}
        {person.providerType ? <Item label="Provider type" value={person.providerType} /> : null}
        <Item label="Sign-in" value={person.email ? `${person.email}${person.active ? "" : " (deactivated)"}` : "No sign-in"} />
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
