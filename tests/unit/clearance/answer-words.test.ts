import { describe, expect, it } from "vitest";
import { answerWord, categoryLabel, factorStatusWord } from "@/components/clearance/labels";
import { answerDate } from "@/components/clearance/when";
import { zoneNameIn } from "@/lib/i18n/format";

describe("the answer's words on the MA's screens", () => {
  it("keeps the English words and says them in Spanish with the product's fixed terms", () => {
    expect([answerWord("cleared"), answerWord("not_cleared"), answerWord("check_first"), answerWord("not_cleared", true)]).toEqual(["Cleared", "Not cleared", "Check first", "Outside hours"]);
    expect([answerWord("cleared", false, "es"), answerWord("not_cleared", false, "es"), answerWord("check_first", false, "es")]).toEqual(["Habilitado", "No habilitado", "Consulte primero"]);
    // Only a refusal for want of a supervisor is "outside hours".
    expect(answerWord("cleared", true, "es")).toBe("Habilitado");
    expect(factorStatusWord("not_met", "es")).toBe("No cumple");
    expect(categoryLabel("clinical_support", "es")).toBe("Apoyo clínico");
    expect(categoryLabel("clinical_support")).toBe("Clinical support");
  });
});

describe("when an answer is for", () => {
  const moment = new Date("2026-03-03T21:30:00Z");

  it("keeps the ISO date and English zone name in English", () => {
    expect(answerDate("2026-03-03", "en")).toBe("2026-03-03");
    expect(zoneNameIn("America/Los_Angeles", moment, "en")).toBe("Pacific Standard Time");
  });

  it("writes the date and zone out in Spanish", () => {
    expect(answerDate("2026-03-03", "es")).toBe("3 de marzo de 2026");
    expect(zoneNameIn("America/Los_Angeles", moment, "es")).toBe("hora estándar del Pacífico");
    expect(zoneNameIn("America/Los_Angeles", new Date("2026-07-01T12:00:00Z"), "es")).toBe("hora de verano del Pacífico");
  });
});
