import { createElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { AnswerBadge, FactorStatusLabel } from "@/components/clearance/answer-badge";
import { MomentForm } from "@/components/clearance/moment-form";
import { TaskPicker } from "@/components/clearance/task-picker";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/lib/i18n/locales";
import { renderIn } from "@/tests/support/intl-render";

const html = (element: ReactElement, locale: Locale) => renderIn(locale, element);

/** The component's text as a reader gets it in that language (tags stripped, entities decoded). */
function text(element: ReactElement, locale: Locale): string {
  return html(element, locale).replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
}

const TASKS = [
  { id: "t1", name: "Drawing blood (venipuncture)", category: "clinical" as const, parentId: null, searchTerms: ["blood"] },
  { id: "t2", name: "Scheduling", category: "administrative" as const, parentId: null, searchTerms: [] },
];

describe("the answer's pieces in Spanish", () => {
  it("says the answer with the product's fixed words, and keeps the English ones", () => {
    expect(text(createElement(AnswerBadge, { answer: "cleared" }), "es")).toBe("✓Habilitado");
    expect(text(createElement(AnswerBadge, { answer: "check_first" }), "es")).toBe("?Consulte primero");
    expect(text(createElement(AnswerBadge, { answer: "not_cleared", outsideHours: true }), "es")).toBe("◷Fuera de horario");
    expect(text(createElement(AnswerBadge, { answer: "not_cleared" }), "en")).toBe("✕Not cleared");
    expect(text(createElement(FactorStatusLabel, { status: "met" }), "es")).toBe("✓Cumple");
  });

  it("labels the moment form, the task picker and its categories", () => {
    const form = text(createElement(MomentForm, { action: "/x", zoneLabel: "hora estándar del Pacífico" }), "es");
    expect(form).toContain("Fecha");
    expect(form).toContain("Hora (hora estándar del Pacífico)");
    expect(form).toContain("Mostrar");
    const picker = html(createElement(TaskPicker, { tasks: TASKS }), "es");
    expect(picker).toContain('placeholder="Escriba para filtrar, p. ej., sangre, inyección, presión"');
    expect(picker).toContain('label="Clínicas"');
    expect(picker).toContain('label="Administrativas"');
    expect(picker).toContain("Elija una tarea");
    // Task names are the organization's data: never translated.
    expect(picker).toContain("Drawing blood (venipuncture)");
  });

  it("tells the reader to verify state rules, with both directories linked, in each language", () => {
    const en = text(createElement(VerifyNotice), "en");
    expect(en).toBe(
      "State rules in Cleared are entered by your organization (the demo rules are examples with citations). They are not legal advice and may be out of date: verify with your state medical board (find it in the FSMB directory of state medical boards) and the AAMA state scope-of-practice resource.",
    );
    const spanish = html(createElement(VerifyNotice), "es");
    expect(spanish).toMatch(/<a href="https:\/\/www\.fsmb\.org\/contact-a-state-medical-board\/"[^>]*>directorio de juntas médicas estatales de la FSMB<\/a>/);
    expect(spanish).toContain("junta médica de su estado");
  });

  it("names an alert's tone for screen readers", () => {
    expect(text(createElement(Alert, { tone: "warning", title: "Vence pronto" }), "es")).toBe("!Advertencia: Vence pronto");
    expect(text(createElement(Alert, { tone: "error", title: "Oops" }), "en")).toBe("✕Error: Oops");
  });
});
