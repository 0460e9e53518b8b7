import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

const PERSON_ROLES = ["admin", "manager", "medical_assistant", "auditor", "validator"] as const;
type PersonRole = (typeof PERSON_ROLES)[number];

function isPersonRole(role: string): role is PersonRole {
  return (PERSON_ROLES as readonly string[]).includes(role);
}

/** Display name of a login role, in one place so every page says the same thing. */
export function personRoleLabel(role: string, locale: Locale = DEFAULT_LOCALE): string {
  return isPersonRole(role) ? translatorFor(locale, "shell")(`personRole.${role}`) : role;
}

/** What a person is at the clinic: medical assistant, provider, and the roles of their login. */
export function rolesLabel(person: { isMedicalAssistant: boolean; providerType: string | null; loginRoles: readonly string[] }, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "shell");
  const labels = [
    ...(person.isMedicalAssistant ? [t("personRole.medical_assistant")] : []),
    ...(person.providerType ? [t("provider", { type: person.providerType })] : []),
    ...person.loginRoles.filter((r) => r !== "medical_assistant").map((r) => personRoleLabel(r, locale)),
  ];
  return labels.join(", ") || t("staff");
}
