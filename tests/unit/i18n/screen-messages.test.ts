import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The supervision, what-if, import and presence screens' messages: English exactly as the screens
 * built it before the catalogs (tests and people read it), and Spanish filled in.
 */
const count = fc.integer({ min: 0, max: 100_000 });
const s = (n: number) => (n === 1 ? "" : "s");

describe("English as the screens always said it", () => {
  it("counts rows, windows, people and locations without changing how numbers read", () => {
    const imports = translatorFor("en", "imports");
    const whatIf = translatorFor("en", "whatIf");
    fc.assert(
      fc.property(count, count, count, (a, b, c) => {
        expect(imports("panel.importValid", { count: a })).toBe(`Import ${a} valid row${s(a)}`);
        expect(imports("panel.progress", { phase: "checking", done: a, total: b })).toBe(`Checking ${a} of ${b} rows`);
        expect(imports("panel.progress", { phase: "importing", done: a, total: b })).toBe(`Importing ${a} of ${b} rows`);
        expect(whatIf("absence.loss", { what: "Dr. Shah is away", interval: "2026-12-07", windows: a, people: b })).toBe(`If Dr. Shah is away 2026-12-07, ${a} time window${s(a)} would stop being cleared, for ${b} medical assistant${s(b)}.`);
        expect(whatIf("impact.noChange", { locations: a, days: b, from: "2026-03-01" })).toBe(`No medical assistant's answers change at the ${a} location${s(a)} it applies to, over the ${b} days from 2026-03-01.`);
        expect(whatIf("impact.changes", { days: c, from: "2026-03-01", losses: a, gains: b })).toBe(`Over the ${c} days from 2026-03-01: ${a} would lose a task, ${b} would gain one.`);
      }),
    );
  });

  it("keeps apostrophes, curly quotes and choices as they were", () => {
    expect(translatorFor("en", "presence")("button.leaving", { location: "Main St" })).toBe("I'm leaving Main St");
    expect(translatorFor("en", "presence")("outcome.notWorkingHere", { location: "Main St" })).toBe("You are not on record as working at Main St today, so you cannot check in or out there. Ask the location's manager.");
    expect(translatorFor("en", "supervision")("coverage.caption", { zone: "America/Los_Angeles (PST)", filtered: "yes" })).toContain("accept for the task shown (type and level)");
    expect(translatorFor("en", "supervision")("coverage.caption", { zone: "America/Los_Angeles (PST)", filtered: "no" })).toContain("“Gap”: no supervisor");
    const form = translatorFor("en", "exceptions");
    expect(["absence", "closure", "extra_session"].map((kind) => form("form.save", { kind }))).toEqual(["Save absence", "Save closure", "Save extra session"]);
    expect(["closure", "extra_session", "absence"].map((kind) => form("form.reasonHint", { kind }))).toEqual(["e.g. Thanksgiving", "e.g. Saturday flu clinic", "e.g. vacation, sick, training"]);
  });
});

describe("Spanish", () => {
  it("agrees in number with the counts", () => {
    const whatIf = translatorFor("es", "whatIf");
    expect(translatorFor("es", "imports")("panel.importValid", { count: 1 })).toBe("Importar 1 fila válida");
    expect(translatorFor("es", "imports")("panel.importValid", { count: 12 })).toBe("Importar 12 filas válidas");
    expect(whatIf("absence.loss", { what: "Dr. Shah no está", interval: "2026-12-07", windows: 1, people: 2 })).toBe("Si Dr. Shah no está (2026-12-07), 1 franja horaria dejaría de estar habilitada, para 2 asistentes médicos.");
    expect(whatIf("impact.noChange", { locations: 1, days: 30, from: "2026-03-01" })).toBe("Las respuestas de ningún asistente médico cambian en la sede a la que se aplica, durante los 30 días desde el 2026-03-01.");
  });

  it("uses the product's words for supervision and checking in", () => {
    const supervision = translatorFor("es", "supervision");
    expect(supervision("page.title", { location: "Main St" })).toBe("Supervisión en Main St");
    expect(supervision("coverage.undetermined", { tasks: "Giving injections" })).toContain("“Consulte primero”");
    expect(translatorFor("es", "presence")("checkInRequired")).toBe("Registro de entrada obligatorio");
    expect(translatorFor("es", "exceptions")("form.save", { kind: "closure" })).toBe("Guardar cierre");
    expect(translatorFor("es", "presence")("outcome.checkedIn", { location: "Main St", time: "08:05" })).toBe("Entrada registrada en Main St a las 08:05.");
  });
});

describe("the import's summary", () => {
  const en = translatorFor("en", "imports");
  it("reads in English as the import always said it", () => {
    const has = (n: number) => (n === 1 ? "has" : "have");
    fc.assert(
      fc.property(count, count, count, (ready, total, problems) => {
        expect(en("run.ready", { ready, total, problems })).toBe(`${ready} of ${total} rows are ready to import${problems ? `; ${problems} ${has(problems)} problems` : ""}.`);
        expect(en("run.imported", { imported: ready, skipped: problems })).toBe(`Imported ${ready} row${s(ready)}${problems ? `; ${problems} skipped` : ""}.`);
        if (problems > 0) expect(en("run.allOrNothing", { problems })).toBe(`Nothing imported: ${problems} row${problems === 1 ? " has" : "s have"} problems, and you chose all or nothing.`);
      }),
    );
  });

  it("reads in Spanish", () => {
    const es = translatorFor("es", "imports");
    expect(es("run.ready", { ready: 3, total: 4, problems: 1 })).toBe("3 de 4 filas están listas para importar; 1 tiene problemas.");
    expect(es("run.imported", { imported: 1, skipped: 0 })).toBe("Se importó 1 fila.");
    expect(es("run.imported", { imported: 5, skipped: 2 })).toBe("Se importaron 5 filas; 2 omitidas.");
  });
});
