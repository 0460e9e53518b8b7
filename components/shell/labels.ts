/** Display names for enum values; one place so every page says the same thing. */
export const PERSON_ROLE_LABELS: Record<string, string> = {
  admin: "Admin",
  manager: "Manager",
  medical_assistant: "Medical assistant",
  auditor: "Auditor",
  provider: "Provider",
};

export function rolesLabel(roles: readonly string[], providerType?: string | null): string {
  return roles.map((r) => (r === "provider" && providerType ? `Provider (${providerType})` : PERSON_ROLE_LABELS[r] ?? r)).join(", ");
}
