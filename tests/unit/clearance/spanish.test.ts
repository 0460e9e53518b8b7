import { describe, expect, it } from "vitest";
import { decide } from "@/lib/clearance/decide";
import { mergedWarnings, outsideHoursNotice } from "@/lib/clearance/overview";
import { summarize } from "@/lib/clearance/summary";
import { longDate, warningTasks } from "@/lib/clearance/summary-wording";
import { dayName, supervisionLabel } from "@/lib/clearance/supervision";
import { supervisionSummaries } from "@/lib/clearance/wording";
import { sharedBreakdown } from "@/lib/decision/breakdown";
import { certificationLabel, certificationLabelIn, tierLabel, tierLabelIn } from "@/lib/person/credentials";
import { at, makeArrangement, makeAuthorization, makeCompetency, makeEmployment, makeException, makeFacts, makePersonFact, makeRecord, makeRule, request, status, summaryContext, TASKS } from "@/tests/support/clearance-facts";

/**
 * The engine's words in Spanish: the same decisions as the English tests, read as a Spanish-speaking
 * medical assistant (or manager) reads them. Names, task names, citations and dates as data stay as
 * they are; the one line writes dates out ("3 de marzo de 2026").
 */
const ctx = summaryContext;
const SUNDAY_NIGHT = at("2026-03-09T04:30:00Z"); // Sun 2026-03-08 21:30 PDT

describe("decisions in Spanish", () => {
  it("an expired competency: not cleared, when it expired, and who schedules the sign-off", () => {
    const facts = makeFacts({ records: [makeRecord(), makeCompetency({ expiresOn: "2026-03-03" })] });
    const d = decide(facts, request(facts), "es");
    expect(d.answer).toBe("not_cleared");
    expect(d.reason).toBe("Falta: una validación de competencia vigente (su competencia en drawing blood (venipuncture) venció el 3 de marzo de 2026).");
    expect(d.nextSteps[0]).toMatch(/^No realice drawing blood \(venipuncture\): Falta: /);
    expect(summarize(d, ctx(), "es").line).toBe("No habilitado: su competencia en drawing blood (venipuncture) venció el 3 de marzo de 2026. Pida a Ben Carter que programe la firma de su competencia.");
    expect(summarize(d, ctx({ audience: "manager" }), "es").line).toBe(
      "No habilitado: la competencia en drawing blood (venipuncture) de Emily Nguyen venció el 3 de marzo de 2026. Para corregir: programar con un validador la firma de la competencia.",
    );
  });

  it("outside supervision hours: not cleared now, with the day and hour in Spanish", () => {
    const facts = makeFacts();
    const d = decide(facts, request(facts, TASKS.venipuncture.id, SUNDAY_NIGHT), "es");
    expect(d.reason).toMatch(/^No hay ningún supervisor programado el dom a las 21:30 \(hora de verano del Pacífico\); drawing blood \(venipuncture\) requiere un supervisor en las instalaciones\. Programados: Dr\. Lee \(MD\): /);
    expect(summarize(d, ctx({ hoursShown: true }), "es").line).toBe("No habilitado ahora: fuera del horario de supervisión. Hágalo mientras haya un supervisor en el lugar.");
    const night = [TASKS.venipuncture, TASKS.vitals].map((task) => ({ task, decision: decide(facts, request(facts, task.id, SUNDAY_NIGHT), "es") }));
    expect(outsideHoursNotice(night, "es")).toMatch(/^Fuera del horario de supervisión \(dom 21:30, hora de verano del Pacífico\): las tareas que requieren un supervisor no están habilitadas ahora.* Supervisión en esta sede: Dr\. Lee \(MD\): /);
  });

  it("prohibited by the state: names the tier and the rule, and sends the MA to a licensed colleague", () => {
    const facts = makeFacts({ rules: [makeRule({ outcome: "prohibited", credentialTier: "ma_c", citation: "RCW 18.360.050(4)" })] });
    const d = decide(facts, request(facts), "es");
    expect(d.reason).toBe("Washington prohíbe drawing blood (venipuncture) a los asistentes médicos MA-C (certificado) (RCW 18.360.050(4)).");
    expect(d.nextSteps[1]).toBe("Pida al proveedor supervisor o a un colega con licencia que lo haga: en Washington no es una tarea de asistente médico.");
    expect(summarize(d, ctx(), "es").line).toBe("No habilitado: Washington no permite que los asistentes médicos MA-C (certificado) hagan esto (RCW 18.360.050(4)). Pida a Dr. Lee (MD) o a un colega con licencia que lo haga.");
  });

  it("a stale state rule: check first, and how long ago it was verified", () => {
    const facts = makeFacts({ rules: [makeRule({ lastVerifiedOn: "2025-03-09" })] });
    const d = decide(facts, request(facts), "es");
    expect(d.answer).toBe("check_first");
    expect(d.reason).toContain("se verificó por última vez el 9 de marzo de 2025, 366 días antes de este momento: debe volver a verificarse.");
    expect(d.nextSteps[0]).toMatch(/^Deténgase antes de drawing blood/);
    expect(summarize(d, ctx(), "es").line).toMatch(/^Consulte primero: la norma de Washington \(.+\) se verificó por última vez el 9 de marzo de 2025, hace 366 días\. Consulte a Ben Carter antes de actuar\.$/);
    expect(summarize(d, ctx({ audience: "manager" }), "es").line).toContain("Para corregir: pedir a un administrador que vuelva a verificar la norma estatal con la junta médica estatal.");
  });

  it("cleared with a supervisor present: names the supervisor, and the steps say to confirm they are there", () => {
    const facts = makeFacts({ records: [makeRecord(), makeCompetency({ taskIds: [TASKS.venipuncture.id, TASKS.vitals.id], expiresOn: "2026-03-20", title: "Clinical skills check-off" })] });
    const d = decide(facts, request(facts), "es");
    expect(d.answer).toBe("cleared");
    expect(d.reason).toBe("Se cumplen los cuatro factores para drawing blood (venipuncture) aquí, en este momento.");
    expect(d.factors[3]!.sentence).toContain("Dr. Lee (MD) está supervisando ahora");
    expect(d.nextSteps).toContain("Confirme que Dr. Lee (MD) está en el lugar y disponible antes de empezar.");
    expect(summarize(d, ctx(), "es").line).toBe("Habilitado: Dr. Lee (MD) está supervisando.");
    const rows = [TASKS.venipuncture, TASKS.vitals].map((task) => ({ task, decision: decide(facts, request(facts, task.id), "es") }));
    const warning = mergedWarnings(rows).find((w) => w.text.includes("Clinical skills check-off"))!;
    expect(warning.text).toBe("Su registro «Clinical skills check-off» vence el 20 de marzo de 2026.");
    expect(warningTasks(warning.tasks, "es")).toBe("Para 2 tareas: drawing blood (venipuncture), recording vital signs, height, and weight.");
    expect(warningTasks([TASKS.vitals.name], "es")).toBe("Para recording vital signs, height, and weight.");
  });

  it("the day's supervision line: a supervisor away today", () => {
    const facts = makeFacts({ exceptions: [makeException({ from: "2026-03-09T07:00:00Z", to: "2026-03-14T07:00:00Z", allDay: true })] });
    const d = decide(facts, request(facts), "es");
    expect(supervisionSummaries([d], "es")).toEqual(["Dr. Lee (MD) no está hoy (vacation); las tareas supervisadas no están habilitadas durante el resto del día."]);
  });
});

describe("no English and no ISO dates in a Spanish answer's words", () => {
  const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
  const ENGLISH = /Authorization at|Employment at|Employer policy| rule v|away|closed:|extra session|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|Pacific/;
  /** Everything a decision says in words: factor sentences, warnings, next steps and evidence labels. */
  const words = (d: ReturnType<typeof decide>) => [d.reason, ...d.factors.flatMap((f) => [f.sentence, ...f.warnings, ...f.evidence.map((e) => e.label)]), ...d.warnings, ...d.nextSteps];
  // An extra session later today (Tue 14:00–16:00 PDT).
  const session = makeException({ kind: "extra_session", level: "on_premises", reason: "cover", from: "2026-03-10T21:00:00Z", to: "2026-03-10T23:00:00Z" });
  const cases = {
    "an expired competency, a record and an authorization about to end": makeFacts({
      records: [makeRecord({ expiresOn: "2026-03-25" }), makeCompetency({ expiresOn: "2026-03-03" })],
      authorizations: [makeAuthorization({ effectiveTo: "2026-03-31" })],
    }),
    "a supervisor away for days": makeFacts({ exceptions: [makeException({ from: "2026-03-09T07:00:00Z", to: "2026-03-14T07:00:00Z", allDay: true })] }),
    "a closure until a later day": makeFacts({ exceptions: [makeException({ kind: "closure", providerId: null, reason: "holiday", from: "2026-03-10T15:00:00Z", to: "2026-03-12T19:00:00Z" })] }),
    "a suspended authorization": makeFacts({ authorizations: [makeAuthorization({ history: [status("active", "2024-06-01T07:00:00Z"), status("suspended", "2026-03-02T18:00:00Z", { reason: "Retraining" })] })] }),
    "an employment that ended": makeFacts({ person: makePersonFact({ employment: [makeEmployment({ effectiveTo: "2026-03-07" })] }) }),
    "outside the plan, with an extra session later today": makeFacts({ arrangements: [makeArrangement({ windows: [{ weekday: 1, startMinute: 480, endMinute: 1020 }] })], exceptions: [session] }),
  };

  for (const [name, facts] of Object.entries(cases)) {
    it(name, () => {
      const en = decide(facts, request(facts));
      const es = decide(facts, request(facts), "es");
      expect(es.answer).toBe(en.answer);
      expect(es.factors.flatMap((f) => f.evidence).length).toBeGreaterThan(0);
      for (const text of words(es)) {
        expect(text).not.toMatch(ISO_DATE);
        expect(text).not.toMatch(ENGLISH);
      }
      // The dates are still ISO in the values integrations read.
      expect(es.factors.map((f) => f.params)).toEqual(en.factors.map((f) => f.params));
    });
  }

  it("names the evidence in Spanish: the rule, the authorization, the absence and the supervisor's schedule", () => {
    const facts = cases["a supervisor away for days"];
    const es = decide(facts, request(facts), "es");
    const labels = es.factors.flatMap((f) => f.evidence.map((e) => e.label));
    expect(labels).toEqual(expect.arrayContaining(["Norma de WA v1", "Autorización en Tacoma Clinic", "Ausencia de Dr. Lee (MD): vacation", "Daniel Lee, lun–vie 08:00–17:00", "Dr. Lee (MD)"]));
    expect(es.reason).toContain("hasta el 13 de marzo de 2026 inclusive");
    const en = decide(facts, request(facts));
    expect(en.factors.flatMap((f) => f.evidence.map((e) => e.label))).toEqual(expect.arrayContaining(["WA rule v1", "Authorization at Tacoma Clinic", "Dr. Lee (MD) away: vacation", "Daniel Lee, Mon–Fri 08:00–17:00"]));
    expect(en.reason).toContain("through 13 March 2026");
  });
});

describe("the decision log in two languages", () => {
  it("keeps what was said in the language it was said: a Spanish breakdown is its own, and shared by every view that said the same", () => {
    const facts = makeFacts({ authorizations: [] });
    const en = sharedBreakdown(decide(facts, request(facts)));
    const es = sharedBreakdown(decide(facts, request(facts), "es"));
    expect(es.hash).not.toBe(en.hash);
    expect(sharedBreakdown(decide(facts, request(facts, TASKS.venipuncture.id, new Date(Date.UTC(2026, 2, 10, 18))), "es")).hash).toBe(es.hash);
    expect(es.breakdown.reason).toMatch(/^No tiene autorización para drawing blood/);
  });
});

describe("labels in Spanish, English by default", () => {
  it("supervision levels, days, tiers, certifications and dates", () => {
    expect(supervisionLabel("on_premises", "es")).toBe("un supervisor en las instalaciones");
    expect(supervisionLabel("on_premises")).toBe("a supervisor on the premises");
    expect(dayName(0, "es")).toBe("dom");
    expect(dayName(0)).toBe("Sun");
    expect(tierLabelIn("ma_c", "es")).toBe("MA-C (certificado)");
    expect(tierLabel("ma_c")).toBe("MA-C (certified)");
    expect(certificationLabelIn("BLS", "es")).toBe("Soporte vital básico (BLS)");
    expect(certificationLabel("BLS")).toBe("Basic Life Support");
    // An unknown code is shown as it is, in every language (never a catalog key).
    expect(certificationLabelIn("XYZ", "es")).toBe("XYZ");
    expect(tierLabelIn("toString", "es")).toBe("toString");
    expect(longDate("2026-03-03", "es")).toBe("3 de marzo de 2026");
    expect(longDate("2026-03-03")).toBe("3 March 2026");
  });
});
