import type { Audience, DueItem } from "./due";

/** The users who can be told anything, with their grants; read once per scan. Pure. */
export type Directory = {
  users: readonly { id: string; personId: string; email: string }[];
  grants: readonly { userId: string; role: string; locationId: string | null; taskId: string | null }[];
  /** A task's parent, for validators granted a task with its refinements. */
  parentOf: ReadonlyMap<string, string | null>;
};

export type Recipient = { userId: string; via: Audience["to"] };

/**
 * The users an item goes to, each once (the first audience that reaches them names the page their
 * link opens). Only active users are in the directory; nobody is told to sign off their own record.
 */
export function recipientsOf(item: DueItem, directory: Directory): Recipient[] {
  const byPerson = new Map(directory.users.map((u) => [u.personId, u.id]));
  const personOf = new Map(directory.users.map((u) => [u.id, u.personId]));
  const found = new Map<string, Recipient>();
  const add = (userId: string | undefined, via: Audience["to"]) => {
    if (userId && personOf.has(userId) && !found.has(userId)) found.set(userId, { userId, via });
  };
  for (const a of item.audience) {
    if (a.to === "person") add(byPerson.get(a.personId), "person");
    for (const g of directory.grants) {
      if (a.to === "managers" && g.role === "manager" && g.locationId === a.locationId) add(g.userId, "managers");
      if (a.to === "admins" && g.role === "admin") add(g.userId, "admins");
      if (a.to === "validators" && g.role === "validator" && g.locationId === a.locationId && personOf.get(g.userId) !== item.personId) {
        const covers = g.taskId === null || a.taskIds.length === 0 || a.taskIds.some((t) => t === g.taskId || directory.parentOf.get(t) === g.taskId);
        if (covers) add(g.userId, "validators");
      }
    }
  }
  return [...found.values()];
}
