import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { DatedValueCard } from "@/components/person/dated-value-card";
import { EmploymentCard } from "@/components/person/employment-card";
import { ProfileCard } from "@/components/person/profile-card";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import type { DatedValue, EmploymentPeriod, PersonProfile } from "@/lib/person/data";

/** The visible text of a piece of the profile, rendered in one language as the app's provider would. */
function text(locale: Locale, node: ReactNode): string {
  const html = renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: MESSAGES[locale], timeZone: "UTC", children: node }));
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

const ZONE = "America/Los_Angeles";
const tier = { version: 1, value: "ma_c", from: "2026-01-05", inForce: true, standing: true, supersedes: null, reason: null, recordedAt: "2026-01-05T17:00:00Z" } as DatedValue<string | null>;
const period = {
  lineageId: "l1",
  version: 1,
  locationId: "loc1",
  locationName: "Oakland Clinic",
  from: "2026-01-05",
  lastDay: null,
  current: true,
  history: [{ version: 1, from: "2026-01-05", lastDay: null, recordedAt: "2026-01-05T17:00:00Z", reason: null }],
} as unknown as EmploymentPeriod;
const person = { id: "p1", version: 1, firstName: "Maria", lastName: "Gonzalez", employeeId: null, locations: [{ id: "loc1", name: "Oakland Clinic", state: "CA" }], isMedicalAssistant: true, credentialTier: "ma_c", providerType: null, email: "maria@example.org", active: false } as unknown as PersonProfile;

const profile = () => [
  h(ProfileCard, { key: "profile", person, canEdit: false }),
  h(EmploymentCard, { key: "employment", personId: "p1", periods: [period], canManage: () => false, manageable: [], today: "2026-03-01", timeZone: ZONE }),
  h(DatedValueCard, { key: "tier", kind: "tier", versions: [tier], personId: "p1", edit: null, today: "2026-03-01", timeZone: ZONE }),
];

describe("the staff profile's cards", () => {
  it("read in English exactly as before, ISO days included", () => {
    const shown = text("en", profile());
    expect(shown).toContain("First day 2026-01-05 · current, no last day");
    expect(shown).toContain("In force today: MA-C (certified)");
    expect(shown).toContain("From 2026-01-05 · recorded 2026-01-05 09:00");
    expect(shown).toContain("maria@example.org (deactivated)");
  });

  it("read in Spanish, days in words, names and places as they are", () => {
    const shown = text("es", profile());
    expect(shown).toContain("Primer día: 5 de enero de 2026 · actual, sin último día");
    expect(shown).toContain("Vigente hoy: MA-C (certificado)");
    expect(shown).toContain("Historial (1 versión)");
    expect(shown).toContain("Oakland Clinic (CA)");
    expect(shown).toContain("maria@example.org (desactivada)");
    for (const english of ["First day", "In force today", "Employment", "Profile", "recorded"]) expect(shown).not.toContain(english);
  });
});
