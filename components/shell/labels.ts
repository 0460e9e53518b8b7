/** Display names for enum values; one place so every page says the same thing. */
export const PERSON_ROLE_LABELS: Record<string, string> = {
  admin: "Admin",
  manager: "Manager",
  medical_assistant: "Medical assistant",
  auditor: "Auditor",
  provider: "Provider",
};

export const CREDENTIAL_TIER_LABELS: Record<string, string> = {
  none: "No state MA credential",
  ma_c: "MA-C (certified)",
  ma_r: "MA-R (registered)",
  ma_p: "MA-P (phlebotomist)",
  ma_h: "MA-H (hemodialysis)",
  ma_emt: "MA-EMT",
  forensic_phlebotomist: "Forensic phlebotomist",
};

export function rolesLabel(roles: readonly string[], providerType?: string | null): string {
  return roles.map((r) => (r === "provider" && providerType ? `Provider (${providerType})` : PERSON_ROLE_LABELS[r] ?? r)).join(", ");
}
