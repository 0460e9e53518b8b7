/** How the grant form marks a task someone chosen already holds (a new grant leaves it as it is). */
export function alreadyAuthorizedNote(holderNames: readonly string[], chosenCount: number): string {
  if (holderNames.length === 0) return "";
  if (chosenCount <= 1 || holderNames.length === chosenCount) return "already authorized";
  return `already authorized for ${holderNames.join(", ")}`;
}
