import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { requestSignOffAction } from "@/lib/notification/actions";
import { loadDirectory } from "@/lib/notification/data";
import { scanDue } from "@/lib/notification/scan";
import { seedDemo } from "@/tests/support/demo";
import { signInAs } from "@/tests/support/session";
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
      detail: "Renueve el registro antes de esa fecha, o las tareas que respalda dejarán de estar habilitadas.",
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

  it("tells each validator of a manager's request in their language, and answers the manager in hers", async () => {
    const userOf = (firstName: string) => prisma.user.findFirstOrThrow({ where: { person: { firstName } }, select: { id: true, personId: true, sessionVersion: true } });
    const [olivia, shah, rosa] = await Promise.all([userOf("Olivia"), userOf("Priya"), userOf("Rosa")]);
    const oakland = await prisma.location.findFirstOrThrow({ where: { name: "Oakland Clinic" }, select: { id: true } });
    await prisma.user.update({ where: { id: shah.id }, data: { locale: "es" } });
    await signInAs(olivia);
    const asked = await requestSignOffAction(undefined, { personId: rosa.personId, locationId: oakland.id, taskId: "taskvenipuncture" });
    expect(asked).toMatchObject({ status: "success", message: expect.stringMatching(/^Sent to .*Dr\. Shah \(MD\).*\.$/) });
    const told = await prisma.notice.findMany({ where: { itemId: `${rosa.personId}:taskvenipuncture` }, select: { userId: true, title: true, detail: true } });
    expect(told.find((n) => n.userId === shah.id)).toMatchObject({
      title: "La competencia de Drawing blood (venipuncture) de Rosa Martinez espera su validación",
      detail: expect.stringMatching(/^Olivia Chen lo pidió el \d{1,2} de [a-z]+ de \d{4}: observe Drawing blood \(venipuncture\) en Oakland Clinic y valídela\.$/),
    });
    for (const n of told.filter((n) => n.userId !== shah.id)) expect(n.title).toBe("Rosa Martinez's Drawing blood (venipuncture) competency is waiting for your sign-off");

    await prisma.user.update({ where: { id: olivia.id }, data: { locale: "es" } });
    expect(await requestSignOffAction(undefined, { personId: rosa.personId, locationId: oakland.id, taskId: "taskvenipuncture" })).toMatchObject({
      status: "error",
      code: "CONFLICT",
      message: expect.stringMatching(/^Ya se pidió hoy a .*Dr\. Shah \(MD\).*\. Vuelva a pedirlo mañana si sigue pendiente\.$/),
    });
  });
});
