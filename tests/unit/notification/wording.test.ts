import { finding } from "@/lib/clearance/findings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DueItem, Subject } from "@/lib/notification/due";
import { renderMessage } from "@/lib/notification/message";
import { languageOf, recipientLocale, recipientsOf, type Directory } from "@/lib/notification/recipients";
import { noticeDate, noticeWords, requestedSignOffWords } from "@/lib/notification/wording";

/** One item of a kind, for Maria at Oakland; only the subject differs between kinds. */
const item = (subject: Subject): DueItem => ({
  kind: subject.kind,
  itemId: "item1",
  threshold: "t",
  urgency: 0,
  personId: "maria",
  locationId: "oak",
  audience: [{ to: "person", personId: "maria" }],
  subject,
});

const own = { userId: "u-maria", via: "person" as const };
const manager = { userId: "u-ben", via: "managers" as const };

const expiring = (daysLeft: number, expiresOn = "2026-03-30") => item({ kind: "record_expiring", person: "Maria Lopez", title: "Venipuncture competency", expiresOn, daysLeft });
// The engine's finding travels with the notice; each recipient reads it in their own language.
const expired = finding("training", "not_met", { code: "missing", missing: [{ code: "competency_expired", task: "Injections", expiredOn: "2026-03-01" }] });
const lapsed = item({ kind: "authorization_lapsed", person: "Maria Lopez", task: "Injections", location: "Oakland Clinic", reason: expired });
const waiting = item({ kind: "signoff_waiting", person: "Maria Lopez", title: "Clinical skills check-off", location: "Oakland Clinic", recordedOn: "2026-03-02" });
const gap = item({ kind: "supervision_gap", person: "Maria Lopez", location: "Oakland Clinic", weekOf: "2026-03-09", tasks: ["Injections", "Drawing blood (venipuncture)"] });
const reverify = item({ kind: "rule_reverify", state: "CA", task: "Injections", lastVerifiedOn: "2025-01-15", citation: "Cal. Bus. & Prof. Code § 2069" });
const ending = (daysLeft: number) => item({ kind: "employment_ending", person: "Maria Lopez", location: "Oakland Clinic", lastDay: "2026-03-13", daysLeft });

describe("a notice in English (as it always was)", () => {
  it.each([
    [expiring(20), own, "Your Venipuncture competency expires in 20 days (2026-03-30)", "Renew it before then, or the tasks it backs stop being cleared."],
    [expiring(1), manager, "Maria Lopez's Venipuncture competency expires in 1 day (2026-03-30)", "Renew it before then, or the tasks it backs stop being cleared."],
    [expiring(-3), manager, "Maria Lopez's Venipuncture competency expired on 2026-03-30", "The tasks it backs are not cleared until it is renewed: add the new record."],
    [lapsed, own, "You are no longer cleared for Injections at Oakland Clinic", "Missing: a current competency validation (your injections competency expired on 1 March 2026)."],
    [lapsed, manager, "Maria Lopez is no longer cleared for Injections at Oakland Clinic", "Missing: a current competency validation (your injections competency expired on 1 March 2026)."],
    [waiting, manager, "Maria Lopez's Clinical skills check-off is waiting for your sign-off", "Recorded for 2026-03-02 at Oakland Clinic without a validator's sign-off: observe the task and sign it off."],
    [gap, manager, "No supervision planned for Maria Lopez at Oakland Clinic in the week of 2026-03-09", "Authorized for Injections, Drawing blood (venipuncture), which need supervision; no arrangement or extra session covers her that week."],
    [reverify, manager, "Re-verify the CA rule for Injections", "Last verified on 2025-01-15 (Cal. Bus. & Prof. Code § 2069). Verify with your state medical board."],
    [ending(1), manager, "Maria Lopez's work at Oakland Clinic ends in 1 day", "The last day on record is 2026-03-13: after it, nothing is cleared for them there."],
    [ending(14), manager, "Maria Lopez's work at Oakland Clinic ends in 14 days", "The last day on record is 2026-03-13: after it, nothing is cleared for them there."],
  ])("%#: %s", (due, recipient, title, detail) => {
    expect(noticeWords(due, recipient, "en")).toMatchObject({ title, detail });
  });
});

describe("counted days", () => {
  // The English the notices were written with before the catalog, as the oracle.
  const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

  it("say in English exactly what the old wording said, for any count", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (n) => {
        expect(noticeWords(ending(n), manager, "en").title).toBe(`Maria Lopez's work at Oakland Clinic ends in ${days(n)}`);
        if (n > 0) expect(noticeWords(expiring(n), own, "en").title).toBe(`Your Venipuncture competency expires in ${days(n)} (2026-03-30)`);
      }),
    );
  });

  it("agree in number in Spanish", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (n) => {
        expect(noticeWords(expiring(n), own, "es").title).toContain(n === 1 ? " 1 día " : ` ${n} días `);
      }),
    );
  });
});

describe("a notice in Spanish", () => {
  it.each([
    [expiring(20), own, "Su Venipuncture competency vence en 20 días (30 de marzo de 2026)", "Renueve el registro antes de esa fecha, o las tareas que respalda dejarán de estar habilitadas."],
    [expiring(1), manager, "Venipuncture competency de Maria Lopez vence en 1 día (30 de marzo de 2026)", "Renueve el registro antes de esa fecha, o las tareas que respalda dejarán de estar habilitadas."],
    [expiring(0), own, "Su Venipuncture competency venció el 30 de marzo de 2026", "Las tareas que respalda no están habilitadas hasta que se renueve: agregue el nuevo registro."],
    [expiring(-3), manager, "Venipuncture competency de Maria Lopez venció el 30 de marzo de 2026", "Las tareas que respalda no están habilitadas hasta que se renueve: agregue el nuevo registro."],
    [lapsed, own, "Ya no está habilitado para Injections en Oakland Clinic", "Falta: una validación de competencia vigente (su competencia en injections venció el 1 de marzo de 2026)."],
    [lapsed, manager, "Maria Lopez ya no está habilitado para Injections en Oakland Clinic", "Falta: una validación de competencia vigente (su competencia en injections venció el 1 de marzo de 2026)."],
    [waiting, manager, "Clinical skills check-off de Maria Lopez espera su validación", "Se registró el 2 de marzo de 2026 en Oakland Clinic sin la validación de un validador: observe la tarea y valídela."],
    [gap, manager, "No hay supervisión planificada para Maria Lopez en Oakland Clinic la semana del 9 de marzo de 2026", "Autorizada para Injections, Drawing blood (venipuncture), que requieren supervisión; ningún plan de supervisión ni sesión adicional la cubre esa semana."],
    [reverify, manager, "Vuelva a verificar la regla de CA para Injections", "Verificada por última vez el 15 de enero de 2025 (Cal. Bus. & Prof. Code § 2069). Verifíquela con su junta médica estatal."],
    [ending(1), manager, "El trabajo de Maria Lopez en Oakland Clinic termina en 1 día", "El último día registrado es el 13 de marzo de 2026: después de esa fecha, no tiene nada habilitado allí."],
    [ending(14), manager, "El trabajo de Maria Lopez en Oakland Clinic termina en 14 días", "El último día registrado es el 13 de marzo de 2026: después de esa fecha, no tiene nada habilitado allí."],
  ])("%#: %s", (due, recipient, title, detail) => {
    expect(noticeWords(due, recipient, "es")).toMatchObject({ title, detail });
  });

  it("opens the same page in every language", () => {
    for (const due of [expiring(20), lapsed, waiting, gap, reverify, ending(3)]) {
      for (const recipient of [own, manager]) expect(noticeWords(due, recipient, "es").link).toBe(noticeWords(due, recipient, "en").link);
    }
  });

  it("words a manager's request for a sign-off in each validator's language", () => {
    const request = { person: "Rosa Martinez", task: "Drawing blood (venipuncture)", location: "Oakland Clinic", asker: "Olivia Chen", on: "2026-11-20" };
    expect(requestedSignOffWords(request, "en")).toEqual({
      title: "Rosa Martinez's Drawing blood (venipuncture) competency is waiting for your sign-off",
      detail: "Olivia Chen asked on 2026-11-20: observe Drawing blood (venipuncture) at Oakland Clinic and sign it off.",
    });
    expect(requestedSignOffWords(request, "es")).toEqual({
      title: "La competencia de Drawing blood (venipuncture) de Rosa Martinez espera su validación",
      detail: "Olivia Chen lo pidió el 20 de noviembre de 2026: observe Drawing blood (venipuncture) en Oakland Clinic y valídela.",
    });
  });

  it("dates: ISO in English as notices always were, written out in Spanish", () => {
    expect(noticeDate("2026-12-10", "en")).toBe("2026-12-10");
    expect(noticeDate("2026-12-10", "es")).toBe("10 de diciembre de 2026");
  });
});

describe("the recipient's language", () => {
  const directory: Directory = {
    users: [
      { id: "u-maria", personId: "maria", email: "maria@x", locale: "es" },
      { id: "u-ben", personId: "ben", email: "ben@x", locale: null },
      { id: "u-ana", personId: "ana", email: "ana@x", locale: "fr" },
      { id: "u-lee", personId: "lee", email: "lee@x" },
    ],
    grants: [{ userId: "u-ben", role: "manager", locationId: "oak", taskId: null }],
    parentOf: new Map(),
  };

  it("is the user's choice; no choice (the browser's, unknown to a scan) or an unknown one is English", () => {
    expect(["u-maria", "u-ben", "u-ana", "u-lee", "u-gone"].map((id) => languageOf(id, directory))).toEqual(["es", "en", "en", "en", "en"]);
    expect([recipientLocale("es"), recipientLocale(null), recipientLocale(undefined), recipientLocale("ES")]).toEqual(["es", "en", "en", "en"]);
  });

  it("lets one item reach a Spanish MA and an English manager each in their own words", () => {
    const due = { ...expiring(20), audience: [{ to: "person" as const, personId: "maria" }, { to: "managers" as const, locationId: "oak" }] };
    const told = recipientsOf(due, directory).map((r) => noticeWords(due, r, languageOf(r.userId, directory)).title);
    expect(told).toEqual(["Su Venipuncture competency vence en 20 días (30 de marzo de 2026)", "Maria Lopez's Venipuncture competency expires in 20 days (2026-03-30)"]);
  });
});

describe("the email in Spanish", () => {
  const notices = [
    { title: "Kevin's check-off vence en 20 días", detail: "Renuévelo.", link: "/people/kevin", urgency: 20 },
    { title: "<venipuncture> de Aisha venció", detail: "Agregue el nuevo registro & valídelo.", link: "/people/aisha", urgency: -65 },
  ];
  const options = { name: "Marta", baseUrl: "https://cleared.example.org", locale: "es" as const };

  it("names the digest and counts its items in the subject", () => {
    expect(renderMessage(notices, { ...options, cadence: "daily" }).subject).toBe("Cleared: Resumen de hoy: 2 elementos requieren atención");
    expect(renderMessage(notices, { ...options, cadence: "weekly" }).subject).toBe("Cleared: Resumen de esta semana: 2 elementos requieren atención");
    expect(renderMessage(notices, { ...options, cadence: "immediate" }).subject).toBe("Cleared: 2 elementos requieren atención");
    expect(renderMessage([notices[0]!], { ...options, cadence: "immediate" }).subject).toBe("Cleared: Kevin's check-off vence en 20 días");
  });

  it("writes the text most urgent first, with the way to choose what comes", () => {
    expect(renderMessage(notices, { ...options, cadence: "daily" }).text).toBe(
      [
        "Hola, Marta:",
        "",
        "2 elementos requieren su atención, del más urgente al menos urgente:",
        "",
        "- <venipuncture> de Aisha venció",
        "  Agregue el nuevo registro & valídelo.",
        "  https://cleared.example.org/people/aisha",
        "",
        "- Kevin's check-off vence en 20 días",
        "  Renuévelo.",
        "  https://cleared.example.org/people/kevin",
        "",
        "Recibe este correo por su función en Cleared. Elija qué recibe y con qué frecuencia: https://cleared.example.org/account/notifications",
      ].join("\n"),
    );
    expect(renderMessage([notices[0]!], { ...options, cadence: "immediate" }).text).toContain("Hola, Marta:\n\nUn elemento requiere su atención:\n");
  });

  it("says the same in HTML, escaped", () => {
    const { html } = renderMessage(notices, { ...options, name: "Marta <M>", cadence: "daily" });
    expect(html).toContain("<p>Hola, Marta &lt;M&gt;:</p>");
    expect(html).toContain("<p>2 elementos requieren su atención, del más urgente al menos urgente:</p>");
    expect(html).toContain("&lt;venipuncture&gt; de Aisha venció");
    expect(html).toContain("Agregue el nuevo registro &amp; valídelo.");
    expect(html).toContain('Recibe este correo por su función en Cleared. <a href="https://cleared.example.org/account/notifications">Elija qué recibe y con qué frecuencia</a>.');
    expect(html).not.toMatch(/<img|<script/i);
  });

  it("is English without a language, word for word as before", () => {
    const m = renderMessage([notices[0]!], { name: "Ben", baseUrl: "http://localhost:3000", cadence: "weekly" });
    expect(m.text).toBe(
      "Hello Ben,\n\nOne item needs your attention:\n\n- Kevin's check-off vence en 20 días\n  Renuévelo.\n  http://localhost:3000/people/kevin\n\nYou receive this because of your role in Cleared. Choose what you receive and how often: http://localhost:3000/account/notifications",
    );
    expect(m.html).toContain('<p style="font-size:12px;color:#555">You receive this because of your role in Cleared. <a href="http://localhost:3000/account/notifications">Choose what you receive and how often</a>.</p>');
    expect(renderMessage(notices, { name: "Ben", baseUrl: "http://localhost:3000", cadence: "weekly" }).subject).toBe("Cleared: This week's digest: 2 items need attention");
    expect(renderMessage(notices, { name: "Ben", baseUrl: "http://localhost:3000", cadence: "immediate" }).subject).toBe("Cleared: 2 items need attention");
  });
});
