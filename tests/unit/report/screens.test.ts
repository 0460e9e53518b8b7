import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AnswerEvidence } from "@/components/report/answer-evidence";
import { AsOfMatrix } from "@/components/report/as-of-matrix";
import { DecisionFilters } from "@/components/report/decision-filters";
import { DecisionTable } from "@/components/report/decision-table";
import { KnownChoice } from "@/components/report/known-choice";
import { WhoCanList } from "@/components/report/who-can-list";
import type { DecisionRow } from "@/lib/decision/rows";
import type { LocationReport, Reconstructed, WhoCan } from "@/lib/report/as-of";
import { renderIn, textIn } from "@/tests/support/intl-render";

const MOMENT = new Date("2026-03-03T15:14:00Z");
const location = { id: "loc-1", name: "Eastside Clinic", state: "TX", timeZone: "America/Chicago" };
const task = { id: "task-1", name: "Injections", parentId: null };

// Only the fields the screens read: the engine's full shapes are beside the point here.
function answer(kind: "cleared" | "not_cleared" | "check_first"): Reconstructed {
  return { task, decision: { answer: kind, reason: "Reason as the engine words it.", factors: [] }, rule: null, evidence: [] } as unknown as Reconstructed;
}

function report(answers: Reconstructed["decision"]["answer"][]): LocationReport {
  const rows = answers.map((kind, i) => ({ person: { id: `p-${i}`, name: `Person ${i}`, employeeId: null }, answers: [answer(kind)] }));
  return { location, moment: MOMENT, knownAt: MOMENT, tasks: [task], rows } as unknown as LocationReport;
}

const row: DecisionRow = {
  seq: 7,
  askedAt: MOMENT,
  askedByLabel: "maria@example.org",
  source: "check",
  personId: "p-1",
  personName: "Maria Lopez",
  employeeId: null,
  taskId: "task-1",
  taskName: "Injections",
  locationId: "loc-1",
  locationName: "Eastside Clinic",
  timeZone: "America/Chicago",
  moment: MOMENT,
  answer: "cleared",
  reason: "",
  factors: {},
  engineVersion: "1",
};

describe("the as-of matrix", () => {
  it("counts in English exactly as before, one medical assistant or several", () => {
    expect(textIn("en", createElement(AsOfMatrix, { report: report(["cleared"]), cellHref: () => "#" }))).toContain(
      "As of 2026-03-03 09:14 Central Standard Time · 1 medical assistant · 1 cleared, 0 check first, 0 not cleared",
    );
    expect(textIn("en", createElement(AsOfMatrix, { report: report(["cleared", "check_first", "not_cleared"]), cellHref: () => "#" }))).toContain("· 3 medical assistants · 1 cleared, 1 check first, 1 not cleared");
  });

  it("counts in Spanish with the product's fixed words", () => {
    const text = textIn("es", createElement(AsOfMatrix, { report: report(["cleared", "check_first"]), cellHref: () => "#" }));
    expect(text).toContain("· 2 asistentes médicos · Habilitado: 1, Consulte primero: 1, No habilitado: 0");
    expect(text).toContain("para Person 0, Injections: detalle");
    expect(textIn("es", createElement(AsOfMatrix, { report: report(["cleared"]), cellHref: () => "#" }))).toContain("· 1 asistente médico ·");
  });

  it("says so when nobody worked there", () => {
    expect(textIn("es", createElement(AsOfMatrix, { report: report([]), cellHref: () => "#" }))).toContain("Ningún asistente médico trabajaba aquí en ese momento.");
  });
});

describe("the decision log", () => {
  it("names the source and the decision for screen readers, in each language", () => {
    const en = renderIn("en", createElement(DecisionTable, { rows: [row] }));
    expect(en).toContain('<span class="sr-only">Decision 7, asked </span>');
    expect(en).toContain("Check a task");
    const es = renderIn("es", createElement(DecisionTable, { rows: [row] }));
    expect(es).toContain('<span class="sr-only">Decisión 7, consultada el </span>');
    expect(es).toContain("Consultar una tarea");
  });

  it("has an empty state in Spanish", () => {
    expect(textIn("es", createElement(DecisionTable, { rows: [] }))).toContain("Ninguna decisión coincide con estos filtros.");
  });

  it("words the filters' answers and the time zone hint", () => {
    const props = { values: {}, errors: {}, tasks: [], locations: [], zone: "Central Standard Time" };
    const en = textIn("en", createElement(DecisionFilters, props));
    expect(en).toContain("Days in Central Standard Time, inclusive");
    expect(en).toContain("Check first");
    const es = textIn("es", createElement(DecisionFilters, props));
    expect(es).toContain("Días en Central Standard Time, inclusive");
    expect(es).toContain("No habilitado");
    expect(es).toContain("Quitar filtros");
  });
});

describe("reconstruction details", () => {
  it("shows the rule version with its ids", () => {
    const withRule = { ...answer("cleared"), rule: { id: "rule-9", lineageId: "lin-3", version: 2, citation: "Tex. Occ. Code § 157.001", sourceUrl: "https://example.org" } } as unknown as Reconstructed;
    expect(textIn("en", createElement(AnswerEvidence, { answer: withRule }))).toContain("State rule version: Tex. Occ. Code § 157.001 (lineage lin-3, version 2, id rule-9)");
    expect(textIn("es", createElement(AnswerEvidence, { answer: withRule }))).toContain("Versión de la regla estatal: Tex. Occ. Code § 157.001 (linaje lin-3, versión 2, id rule-9)");
    expect(textIn("es", createElement(AnswerEvidence, { answer: answer("cleared") }))).toContain("ninguna registrada entonces");
  });

  it("offers the record time to answer from", () => {
    expect(textIn("en", createElement(KnownChoice, { value: "then" }))).toContain("Late entries (a revocation entered a week after) count only “as known today”.");
    expect(textIn("es", createElement(KnownChoice, { value: "then" }))).toContain("Todo lo que se sabe hoy");
  });

  it("lists who could do a task, with the rule cited", () => {
    const rows = [{ person: { id: "p-1", name: "Maria Lopez", employeeId: null }, answer: { ...answer("cleared"), rule: { citation: "Rule 1", version: 3 } } }] as unknown as WhoCan[];
    expect(textIn("en", createElement(WhoCanList, { rows, caption: "c", checkHref: () => "#" }))).toContain("Rule: Rule 1 (version 3)");
    expect(textIn("es", createElement(WhoCanList, { rows, caption: "c", checkHref: () => "#" }))).toContain("Regla: Rule 1 (versión 3)");
  });
});
