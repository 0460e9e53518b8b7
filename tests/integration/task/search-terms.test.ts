import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { createTaskAction, updateTaskAction } from "@/lib/task/actions";
import { listTasks } from "@/lib/task/data";
import { matchesTask } from "@/lib/task/search";
import { makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let admin: { id: string };
beforeEach(async () => {
  const { user } = await makeUser({ grants: [{ role: "admin" }] });
  admin = user;
  await signInAs(user);
});

describe("task search terms", () => {
  it("come with the starting catalog, so search finds shot, flu, BP and blood draw", async () => {
    const tasks = await listTasks();
    const found = (query: string) => tasks.filter((t) => matchesTask(t, query)).map((t) => t.code);
    expect(found("shot")).toEqual(expect.arrayContaining(["injections", "injections.intramuscular"]));
    expect(found("flu")).toEqual(expect.arrayContaining(["injections", "injections.intramuscular", "specimens"]));
    expect(found("BP")).toEqual(["vitals"]);
    expect(found("blood draw")).toEqual(["venipuncture"]);
  });

  it("are saved with a new task and an edit, one per comma, without repeats, and audited", async () => {
    const created = await createTaskAction(undefined, { code: "ear_irrigation", name: "HO Ear irrigation", category: "clinical", description: "Irrigating the ear canal.", searchTerms: "ear wash, Cerumen,\near wash" });
    expect(created.status).toBe("success");
    const task = await prisma.task.findUniqueOrThrow({ where: { code: "ear_irrigation" } });
    expect(task.searchTerms).toEqual(["ear wash", "Cerumen"]);
    const edited = await updateTaskAction(undefined, { taskId: task.id, version: String(task.version), name: task.name, description: task.description, searchTerms: "ear wash, earwax removal" });
    expect(edited.status).toBe("success");
    expect((await prisma.task.findUniqueOrThrow({ where: { id: task.id } })).searchTerms).toEqual(["ear wash", "earwax removal"]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "task.update", entityId: task.id } });
    expect(event.before).toMatchObject({ searchTerms: ["ear wash", "Cerumen"] });
    expect(event.after).toMatchObject({ searchTerms: ["ear wash", "earwax removal"] });
  });

  it("refuse too many or too long terms with a message, and change nothing", async () => {
    const task = await prisma.task.findUniqueOrThrow({ where: { code: "vitals" } });
    const many = await updateTaskAction(undefined, { taskId: task.id, version: String(task.version), name: task.name, description: task.description, searchTerms: Array.from({ length: 31 }, (_, i) => `term ${i}`).join(",") });
    expect(many).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { searchTerms: "At most 30 search terms." } });
    const long = await updateTaskAction(undefined, { taskId: task.id, version: String(task.version), name: task.name, description: task.description, searchTerms: "x".repeat(61) });
    expect(long).toMatchObject({ status: "error", fieldErrors: { searchTerms: "Each search term is at most 60 characters." } });
    expect(await prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toEqual(task);
  });

  it("are refused, and a task is added, in Spanish for an admin who reads Spanish", async () => {
    await prisma.user.update({ where: { id: admin.id }, data: { locale: "es" } });
    const task = await prisma.task.findUniqueOrThrow({ where: { code: "vitals" } });
    const many = await updateTaskAction(undefined, { taskId: task.id, version: String(task.version), name: task.name, description: task.description, searchTerms: Array.from({ length: 31 }, (_, i) => `term ${i}`).join(",") });
    expect(many).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { searchTerms: "Como máximo 30 términos de búsqueda." } });
    const created = await createTaskAction(undefined, { code: "nebulizer", name: "HO Nebulizer treatment", category: "clinical", description: "Setting up a nebulizer." });
    expect(created).toMatchObject({ status: "success", message: "Tarea agregada al catálogo." });
    const again = await createTaskAction(undefined, { code: "nebulizer", name: "HO Nebulizer again", category: "clinical", description: "Twice." });
    expect(again).toMatchObject({ status: "error", code: "CONFLICT", fieldErrors: { code: "Ya existe una tarea con este código." } });
  });
});
