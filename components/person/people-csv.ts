import { rolesLabel } from "@/components/shell/labels";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { PeopleListRow } from "@/lib/person/list-row";
import { tierText } from "./tier-label";

/**
 * The People list's selected rows as CSV cells, in the reader's language, as the list shows them.
 * Pure: the export route (app/api/people/export) streams them through lib/csv, which makes them
 * spreadsheet-safe. Dates stay ISO: a spreadsheet sorts and reads them as dates.
 */
export function peopleCsvHeader(locale: Locale): string[] {
  const t = translatorFor(locale, "people");
  return [t("csv.name"), t("csv.role"), t("csv.tier"), t("csv.locations"), t("csv.gaps"), t("csv.outsideHours"), t("csv.expiring")];
}

export function peopleCsvRow(r: PeopleListRow, locale: Locale): string[] {
  const t = translatorFor(locale, "people");
  const tasks = r.compliance.notCleared ?? [];
  const describe = (kind: "gap" | "outside_hours") =>
    tasks
      .filter((task) => (kind === "gap" ? task.kind !== "outside_hours" : task.kind === "outside_hours"))
      .map((task) => t("csv.task", { task: task.taskName, location: task.locationName, kind: t(`kind.${task.kind}`) }))
      .join("; ");
  return [
    r.name,
    rolesLabel(r, locale),
    r.isMedicalAssistant ? tierText(t, r.credentialTier) : "",
    r.locations.map((l) => l.name).join("; "),
    describe("gap"),
    describe("outside_hours"),
    r.compliance.expiring.map((e) => t("csv.record", { title: e.title, date: e.expiresOn })).join("; "),
  ];
}
