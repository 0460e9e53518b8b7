export type HeldAuthorization = { personId: string; taskId: string; locationId: string };

/**
 * For the grant form: which of the chosen people already hold each task at the chosen location, so
 * those tasks are marked before anyone submits. Only tasks someone holds appear; people are listed
 * in the order chosen.
 */
export function holdersByTask(held: readonly HeldAuthorization[], locationId: string, chosenPersonIds: readonly string[]): Map<string, string[]> {
  const holders = new Map<string, Set<string>>();
  for (const h of held) {
    if (h.locationId !== locationId || !chosenPersonIds.includes(h.personId)) continue;
    holders.set(h.taskId, (holders.get(h.taskId) ?? new Set()).add(h.personId));
  }
  return new Map([...holders].map(([taskId, people]) => [taskId, chosenPersonIds.filter((id) => people.has(id))]));
}
