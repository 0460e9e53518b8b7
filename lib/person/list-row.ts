import type { Compliance, ExpiringRecord, NotClearedTask } from "./compliance";

/** One row of the People list as the page shows it, from a person as loaded and the two columns worked out for them. Pure. */
export type PeopleListRow = {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  isMedicalAssistant: boolean;
  providerType: string | null;
  credentialTier: string;
  loginRoles: string[];
  /** Only the locations the list covers (the actor's, or the one filtered on): never another location's name. */
  locations: { id: string; name: string }[];
  compliance: Compliance;
};

export type ListedPerson = {
  id: string;
  firstName: string;
  lastName: string;
  isMedicalAssistant: boolean;
  providerType: string | null;
  credentialTier: string;
  user: { roleGrants: { role: string }[] } | null;
  locations: { location: { id: string; name: string } }[];
};

export function listRow(p: ListedPerson, notCleared: ReadonlyMap<string, NotClearedTask[]>, expiring: ReadonlyMap<string, ExpiringRecord[]>): PeopleListRow {
  return {
    id: p.id,
    name: `${p.firstName} ${p.lastName}`,
    firstName: p.firstName,
    lastName: p.lastName,
    isMedicalAssistant: p.isMedicalAssistant,
    providerType: p.providerType,
    credentialTier: p.credentialTier,
    loginRoles: [...new Set(p.user?.roleGrants.map((g) => g.role) ?? [])],
    locations: p.locations.map((l) => l.location).sort((a, b) => a.name.localeCompare(b.name)),
    compliance: { notCleared: p.isMedicalAssistant ? (notCleared.get(p.id) ?? []) : null, expiring: expiring.get(p.id) ?? [] },
  };
}

