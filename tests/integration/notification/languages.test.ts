import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadDirectory } from "@/lib/notification/data";
import { scanDue } from "@/lib/notification/scan";
import { seedDemo } from "@/tests/support/demo";
import { countQueries, testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * One scan, two languages: Kevin Tran chose Spanish; the managers at Oakland chose nothing (their
 * browser's language, which a scan cannot see) and read English. Kevin's clinical skills check-off
 * expires 20 days after seeding.
 */
const SEEDED = new Date("2026-11-20T17:00:00Z");
const SCAN = new Date("2026-11-20T18:00:00Z");

let kevin: { id: string; personId: string };
beforeAll(async () => {
  await seedDemo(SEEDED);
  kevin = await prisma.user.findFirstOrThrow({ where: { person: { firstName: "Kevin", lastName: "Tran" } }, select: { id: true, personId: true } });
  await prisma.user.update({ where: { id: kevin.id }, data: { locale: "es" } });
});

describe(`notices and emails in each recipient's language (${testEngine})`, () => {
  it("reads every user's language with the directory, in the same statements", async () => {
    const { result, queries } = await countQueries(() => loadDirectory());
    expect(result.users.find((u) => u.id === kevin.id)?.locale).toBe("es");
    expect(queries, "the users (with their language) and the task tree").toBe(2);
  });

  it("writes Kevin's notice in Spanish and his managers' in English, from the same scan", async () => {
    await scanDue(SCAN);
    const told = await prisma.notice.findMany({ where: { kind: "record_expiring", personId: kevin.personId, threshold: "30" }, select: { userId: true, title: true, detail: true } });
    expect(told.find((n) => n.userId === kevin.id)).toEqual({
      userId: kevin.id,
      title: "Su Clinical skills check-off vence en 20 días (10 de diciembre de 2026)",
      detail: "Renuévelo antes de esa fecha, o las tareas que respalda dejarán de estar habilitadas.",
    });
    const managers = told.filter((n) => n.userId !== kevin.id);
    expect(managers.length).toBeGreaterThan(0);
    for (const n of managers) {
      expect(n).toMatchObject({ title: "Kevin Tran's Clinical skills check-off expires in 20 days (2026-12-10)", detail: "Renew it before then, or the tasks it backs stop being cleared." });
    }
  });

  it("frames Kevin's email in Spanish and his managers' in English", async () => {
    const messages = await prisma.message.findMany({ where: { notices: { some: { kind: "record_expiring", personId: kevin.personId, threshold: "30" } } }, include: { notices: { select: { id: true } } } });
    const his = messages.find((m) => m.userId === kevin.id)!;
    expect(his.text).toMatch(/^Hola, Kevin:\n\n/);
    expect(his.text).toContain("- Su Clinical skills check-off vence en 20 días (10 de diciembre de 2026)");
    expect(his.text).toContain("Recibe este correo por su función en Cleared.");
    expect(his.subject).toBe(his.notices.length === 1 ? "Cleared: Su Clinical skills check-off vence en 20 días (10 de diciembre de 2026)" : `Cleared: Resumen de hoy: ${his.notices.length} elementos requieren atención`);
    expect(his.html).toContain("<p>Hola, Kevin:</p>");

    const theirs = messages.filter((m) => m.userId !== kevin.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const m of theirs) {
      expect(m.text).toMatch(/^Hello \S+,\n\n/);
      expect(m.text).toContain("- Kevin Tran's Clinical skills check-off expires in 20 days (2026-12-10)");
      expect(m.subject).toMatch(/^Cleared: (Today's digest: \d+ items need attention|Kevin Tran's Clinical skills check-off expires in 20 days \(2026-12-10\))$/);
    }
  });
});
