import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import type { TaskCategory } from "@/lib/clearance/facts";

export async function createTask(input: { code: string; name: string; category: TaskCategory; description: string; parentId: string | null; providerOnly: boolean; searchTerms: string[] }, context: AuditContext): Promise<Outcome<{ id: string }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (input.parentId) {
        const parent = await tx.task.findUnique({ where: { id: input.parentId }, select: { parentId: true, retiredAt: true } });
        if (!parent || parent.retiredAt) return fail("VALIDATION", undefined, { parentId: say("task.outcome.chooseCurrentParent") });
        if (parent.parentId) return fail("VALIDATION", undefined, { parentId: say("task.outcome.oneLevel") });
      }
      const max = await tx.task.aggregate({ _max: { sortOrder: true } });
      const task = await tx.task.create({ data: { ...input, sortOrder: (max._max.sortOrder ?? 0) + 10 }, select: { id: true } });
      await appendAuditEvent(tx, context, { action: "task.create", entityType: "Task", entityId: task.id, after: input });
      return ok({ id: task.id }, say("task.outcome.added"));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("CONFLICT", undefined, { code: say("task.outcome.codeTaken") });
    throw error;
  }
}

/** Renames (or re-describes, or finds by other words) a task; answers keep pointing at the same task. */
export async function updateTask(input: { taskId: string; version: number; name: string; description: string; searchTerms: string[] }, context: AuditContext, timeZone: string): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const task = await tx.task.findUnique({ where: { id: input.taskId }, select: { name: true, description: true, searchTerms: true, version: true } });
    if (!task) return fail("NOT_FOUND");
    const changes = { name: input.name, description: input.description, searchTerms: input.searchTerms };
    const updated = await tx.task.updateMany({ where: { id: input.taskId, version: input.version }, data: { ...changes, version: { increment: 1 } } });
    if (updated.count !== 1) return fail("STALE", await staleMessage(tx, "Task", input.taskId, timeZone));
    await appendAuditEvent(tx, context, { action: "task.update", entityType: "Task", entityId: input.taskId, before: { name: task.name, description: task.description, searchTerms: task.searchTerms }, after: changes });
    return ok(undefined, say("task.outcome.saved"));
  });
}

/** Retired tasks are no longer offered but stay in history, so past answers about them still read. */
export async function setTaskRetired(input: { taskId: string; version: number; retire: boolean }, context: AuditContext, timeZone: string): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const updated = await tx.task.updateMany({ where: { id: input.taskId, version: input.version }, data: { retiredAt: input.retire ? new Date() : null, version: { increment: 1 } } });
    if (updated.count !== 1) {
      if (!(await tx.task.findUnique({ where: { id: input.taskId }, select: { id: true } }))) return fail("NOT_FOUND");
      return fail("STALE", await staleMessage(tx, "Task", input.taskId, timeZone));
    }
    await appendAuditEvent(tx, context, { action: input.retire ? "task.retire" : "task.restore", entityType: "Task", entityId: input.taskId });
    return ok(undefined, say(input.retire ? "task.outcome.retired" : "task.outcome.offeredAgain"));
  });
}
