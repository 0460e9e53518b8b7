import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localMoment, shownDay } from "@/components/person/local-moment";
import { tierText, TIERS } from "@/components/person/tier-label";
import { methodText, METHODS } from "@/components/record/method-label";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";
import { VALIDATION_METHODS } from "@/lib/record/schema";
import type { ListNotice, PeopleListQuery } from "@/lib/person/schema";
import { noticeSayer } from "@/lib/person/wording";

const PARAMS: (keyof PeopleListQuery)[] = ["q", "location", "role", "tier", "compliance", "sort", "page"];
const notice = fc.record({ param: fc.constantFrom(...PARAMS), code: fc.constantFrom<ListNotice["code"]>("invalid", "repeated") });

describe("the People list's notices about its link", () => {
  it("say in Spanish what was wrong and what is shown instead", () => {
    const say = noticeSayer("es");
    expect(say({ param: "q", code: "invalid" })).toBe("El valor de «búsqueda por nombre» del enlace no es uno que Cleared conozca; se muestra a todos.");
    expect(say({ param: "role", code: "repeated" })).toBe("Se indicó más de una vez «rol»; se muestran todos los roles.");
  });

  it("are a whole sentence in every language, for every parameter and problem", () => {
    fc.assert(
      fc.property(notice, fc.constantFrom(...LOCALES), (n, locale) => {
        const sentence = noticeSayer(locale)(n);
        expect(sentence).toMatch(/\.$/);
        expect(sentence).not.toMatch(/[{}]/);
        expect(sentence).toContain(translatorFor(locale, "people")(`notice.param.${n.param}`));
      }),
    );
  });
});

describe("the People screens' words in Spanish", () => {
  const t = translatorFor("es", "people");

  it("count people and versions with the right plural", () => {
    expect(t("list.count", { total: 1 })).toBe("1 persona.");
    expect(t("list.countPaged", { total: 60, page: 2, pages: 3 })).toBe("60 personas, página 2 de 3.");
    expect(t("table.expiringCount", { count: 2, days: 1 })).toBe("2 por vencer, el primero en 1 día");
    expect(t("employment.history", { count: 3 })).toBe("Historial (3 versiones)");
    expect(t("kindCount.gap", { count: 1 })).toBe("1 no habilitada");
    expect(t("bulk.selected", { count: 1 })).toBe("1 seleccionada");
  });

  it("keep English as it was", () => {
    const en = translatorFor("en", "people");
    expect(en("list.pastLastPage", { pages: 1 })).toBe("There is only 1 page: showing the last one.");
    expect(en("list.pastLastPage", { pages: 4 })).toBe("There are only 4 pages: showing the last one.");
    expect(en("bulk.leftOut", { count: 2 })).toBe("2 of the selected people are left out:");
    expect(en("kindCount.outside_hours", { count: 1 })).toBe("1 outside supervision hours");
  });
});

describe("credential tiers", () => {
  it("are the tiers lib/person/credentials.ts knows, with the same English names", () => {
    const en = translatorFor("en", "people");
    expect(Object.fromEntries(TIERS.map((tier) => [tier, tierText(en, tier)]))).toEqual(CREDENTIAL_TIER_LABELS);
  });

  it("are named in Spanish, and an unknown code is shown as it is", () => {
    const es = translatorFor("es", "people");
    expect(tierText(es, "ma_c")).toBe("MA-C (certificado)");
    expect(tierText(es, "ma_x")).toBe("ma_x");
  });
});

describe("validation methods", () => {
  it("are the methods lib/record/schema.ts knows, with the same English names, and have Spanish ones", () => {
    const en = translatorFor("en", "people");
    expect(Object.fromEntries(METHODS.map((m) => [m, methodText(en, m)]))).toEqual(VALIDATION_METHODS);
    expect(methodText(translatorFor("es", "people"), "direct_observation")).toBe("Observación directa");
  });
});

describe("days on the profile", () => {
  it("stay ISO in English and read as words in Spanish", () => {
    expect(shownDay("2026-03-14", "en")).toBe("2026-03-14");
    expect(shownDay("2026-03-14", "es")).toBe("14 de marzo de 2026");
    expect(localMoment("2026-03-14T17:05:00Z", "America/Los_Angeles", "en")).toBe("2026-03-14 10:05");
    expect(localMoment("2026-03-14T17:05:00Z", "America/Los_Angeles", "es")).toBe("14 de marzo de 2026 10:05");
  });
});
