import { describe, expect, it } from "vitest";
import { navEntries, navItemsFor } from "@/components/shell/nav-items";
import { makeActor } from "@/tests/support/subjects";

const shape = (actor: Parameters<typeof navItemsFor>[0]) =>
  navEntries(navItemsFor(actor)).map((entry) => (entry.kind === "link" ? entry.item.label : `${entry.label}: ${entry.items.map((i) => i.label).join(", ")}`));

describe("the header's entries on a wide screen", () => {
  it("folds an admin's administration pages into one menu where the first of them stood", () => {
    expect(shape(makeActor("admin"))).toEqual(["Home", "My record", "People", "Locations", "State rules", "Reports", "Admin: Users, API tokens, Deliveries, Reference, Audit trail", "Account"]);
  });

  it("keeps a single administration page as a plain link: an auditor's audit trail", () => {
    expect(shape(makeActor("auditor"))).toContain("Audit trail");
    expect(shape(makeActor("auditor")).some((label) => label.startsWith("Admin"))).toBe(false);
  });

  it("leaves every other link in place, in order", () => {
    const items = navItemsFor(makeActor("admin"));
    const flattened = navEntries(items).flatMap((entry) => (entry.kind === "link" ? [entry.item] : entry.items));
    expect(new Set(flattened)).toEqual(new Set(items));
    expect(flattened).toHaveLength(items.length);
  });
});

describe("the header's entries in Spanish", () => {
  const spanish = (actor: Parameters<typeof navItemsFor>[0]) =>
    navEntries(navItemsFor(actor, "es"), "es").map((entry) => (entry.kind === "link" ? entry.item.label : `${entry.label}: ${entry.items.map((i) => i.label).join(", ")}`));

  it("names a medical assistant's pages in Spanish, at the same addresses", () => {
    const ma = makeActor("medical_assistant");
    expect(spanish(ma)).toEqual(expect.arrayContaining(["Inicio", "Mis habilitaciones", "Consultar una tarea", "Cuenta"]));
    expect(navItemsFor(ma, "es").map((i) => [i.key, i.href])).toEqual(navItemsFor(ma).map((i) => [i.key, i.href]));
  });

  it("folds an admin's administration pages into one Spanish menu", () => {
    expect(spanish(makeActor("admin"))).toContain("Administración: Usuarios, Tokens de API, Envíos, Referencia, Registro de auditoría");
  });
});
