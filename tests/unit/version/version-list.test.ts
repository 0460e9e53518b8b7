import fc from "fast-check";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { shortDate } from "@/components/version/short-date";
import { VersionList, type ListedVersion } from "@/components/version/version-list";
import { readableDate } from "@/lib/time/calendar";
import type { VersionStanding } from "@/lib/version/history";
import { textIn } from "@/tests/support/intl-render";

const calendarDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("short dates", () => {
  it("are written in English exactly as readableDate writes them", () => {
    fc.assert(fc.property(calendarDate, (date) => shortDate(date, "en") === readableDate(date)));
  });

  it("are in Spanish words for a Spanish reader, and anything else is left alone", () => {
    expect(shortDate("2025-01-13", "es")).toBe("13 ene 2025");
    expect(shortDate("not a date", "es")).toBe("not a date");
  });
});

const versions: ListedVersion[] = [
  { id: "a", version: 1, supersedes: null, effectiveFrom: "2025-01-13", recorded: "2025-01-10 09:00", body: null },
  { id: "b", version: 2, supersedes: 1, effectiveFrom: "2025-01-13", recorded: "2025-02-01 10:30", body: null },
];
const standings = new Map<number, VersionStanding>([
  [1, { version: 1, correctedBy: 2, governs: null }],
  [2, { version: 2, correctedBy: null, governs: { from: "2025-01-13", to: "2026-01-01" } }],
]);
const render = (locale: "en" | "es") => textIn(locale, createElement(VersionList, { versions, standings, today: "2025-06-01", correctHref: (v: number) => `/x/${v}` }));

describe("a version history", () => {
  it("reads in English exactly as before", () => {
    const text = render("en");
    expect(text).toContain("Version 2 In force today governs 13 Jan 2025 to 31 Dec 2025 · corrects version 1 · recorded 2025-02-01 10:30Correct version 2");
    expect(text).toContain("Version 1 Corrected by version 2 was entered from 13 Jan 2025 · recorded 2025-01-10 09:00");
  });

  it("reads in Spanish", () => {
    const text = render("es");
    expect(text).toContain("Versión 2 Vigente hoy rige del 13 ene 2025 al 31 dic 2025 · corrige la versión 1 · registrada el 2025-02-01 10:30Corregir la versión 2");
    expect(text).toContain("Corregida por la versión 2 se registró desde el 13 ene 2025");
  });
});
