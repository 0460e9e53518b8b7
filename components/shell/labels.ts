/** Display names for enum values; one place so every page says the same thing. */
export const PERSON_ROLE_LABELS: Record<string, string> = {
  admin: "Admin",
  manager: "Manager",
  medical_assistant: "Medical assistant",
  auditor: "Auditor",
  validator: "Competency validator",
};

/** What a person is at the clinic: medical assistant, provider, and the roles of their login. */
export function rolesLabel(person: { isMedicalAssistant: boolean; providerType: string | null; loginRoles: readonly string[] }): string {
  const labels = [
    ...(person.isMedicalAssistant ? ["Medical assistant"] : []),
    ...(person.providerType ? [`Provider (${person.providerType})`] : []),
    ...person.loginRoles.filter((r) => r !== "medical_assistant").map((r) => PERSON_ROLE_LABELS[r] ?? r),
  ];
  return labels.join(", ") || "Staff";
}
