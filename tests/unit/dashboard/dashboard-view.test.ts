import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import type { Dashboard } from "@/lib/dashboard/data";
import { textIn } from "@/tests/support/intl-render";

const record = (daysLeft: number) => ({ lineageId: `r${daysLeft}`, personId: "p1", personName: "Maria Lopez", title: "BLS", kind: "certification", expiresOn: "2026-03-10", daysLeft });

const dashboard = {
  expiring: { within30: [record(7)], within60: [], within90: [] },
  expired: [record(0)],
  trainingGaps: [{ personId: "p1", personName: "Maria Lopez", locationId: "l1", locationName: "Eastside", taskId: "t1", taskName: "Injections", reason: "Training is missing.", signOff: false }],
  unsupervised: [{ personId: "p1", personName: "Maria Lopez", locationId: "l1", locationName: "Eastside", tasks: ["Injections"] }],
  staleRules: [{ lineageId: "s1", state: "TX", taskName: "Injections", citation: "Rule 1", lastVerifiedOn: "2024-01-02" }],
  byMonth: [{ month: "2026-09", count: 2 }],
} as unknown as Dashboard;

const render = (locale: "en" | "es", canEditRules = false) => textIn(locale, createElement(DashboardView, { dashboard, canEditRules, signOffAt: [] }));

describe("needs attention", () => {
  it("reads in English exactly as before", () => {
    const text = render("en");
    expect(text).toContain("Maria Lopez · BLS");
    expect(text).toContain("expires 2026-03-10 (in 7 days) · renew or correct");
    expect(text).toContain("expired 2026-03-10 · renew or correct");
    expect(text).toContain("Maria Lopez · Injections at Eastside");
    expect(text).toContain("Maria Lopez at Eastside · set up supervision");
    expect(text).toContain("TX: Injections · Rule 1 · last verified 2024-01-02 · ask an admin to re-verify it");
    expect(text).toContain("Records expiring per month: Sep 2");
    expect(render("en", true).endsWith("last verified 2024-01-02")).toBe(true);
  });

  it("reads in Spanish", () => {
    const text = render("es");
    expect(text).toContain("Vencen en 30 días o menos");
    expect(text).toContain("vence el 2026-03-10 (días restantes: 7) · renovar o corregir");
    expect(text).toContain("Maria Lopez en Eastside · configurar la supervisión");
    expect(text).toContain("pida a un administrador que la vuelva a verificar");
    expect(text).toContain("Registros que vencen por mes: sept: 2");
  });
});
