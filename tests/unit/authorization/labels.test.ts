import { describe, expect, it } from "vitest";
import { alreadyAuthorizedNote } from "@/components/authorization/labels";
import { translatorFor } from "@/lib/i18n/translator";

describe("the grant form's note on a task already held, in Spanish", () => {
  const es = translatorFor("es", "people");
  it("says who holds it only when not everyone chosen does", () => {
    expect(alreadyAuthorizedNote(["Maria Gonzalez"], 1, es)).toBe("ya autorizado");
    expect(alreadyAuthorizedNote(["Maria Gonzalez"], 3, es)).toBe("ya autorizado para Maria Gonzalez");
    expect(alreadyAuthorizedNote([], 2, es)).toBe("");
  });

  it("counts refused choices with the right plural", () => {
    expect(es("grant.refused", { count: 1 })).toBe("Se rechaza 1 opción. Quítela para guardar.");
    expect(translatorFor("en", "people")("grant.refused", { count: 2 })).toBe("2 choices are refused. Remove them to save.");
  });
});
