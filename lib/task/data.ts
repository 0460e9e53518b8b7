import "server-only";
import { prisma } from "@/lib/db/client";
import type { TaskCategory } from "@/lib/clearance/facts";

export type TaskOption = { id: string; code: string; name: string; category: TaskCategory; parentId: string | null; providerOnly: boolean; retired: boolean; description: string; searchTerms: string[] };

/** The task catalog in display order; retired tasks only when asked for (they stay in history). */
export async function listTasks({ includeRetired = false } = {}): Promise<TaskOption[]> {
  const tasks = await prisma.task.findMany({
    where: includeRetired ? {} : { retiredAt: null },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, category: true, parentId: true, providerOnly: true, retiredAt: true, description: true, searchTerms: true },
  });
  return tasks.map(({ retiredAt, ...t }) => ({ ...t, retired: retiredAt !== null }));
}

/** Every task, retired ones included, with what the admin editor needs. */
export async function listTaskAdmin() {
  const tasks = await prisma.task.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, category: true, parentId: true, providerOnly: true, retiredAt: true, description: true, searchTerms: true, version: true },
  });
  return tasks.map(({ retiredAt, ...t }) => ({ ...t, retired: retiredAt !== null }));
}
