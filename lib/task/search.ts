/**
 * Task search as people type it: by the task's name or by any of its search terms ("shot", "BP",
 * "blood draw"), case and punctuation ignored. Every word typed must be found, each at the start
 * of a word of the name or of a term, so "flu" finds "flu shot" and "bp" finds "BP", while "ear"
 * does not find "clear" and a stray letter does not match every task.
 */
export type Searchable = { name: string; searchTerms: readonly string[] };

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function matchesTask(task: Searchable, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const haystacks = [task.name, ...task.searchTerms].map(words);
  return haystacks.some((hay) => wanted.every((w) => hay.some((word) => word.startsWith(w))));
}

/** A task form's "Also found by" field: one term per comma or line, trimmed, duplicates dropped. */
export function parseSearchTerms(input: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of input.split(/[,\n]/)) {
    const term = raw.trim().replace(/\s+/g, " ");
    if (term && !seen.has(term.toLowerCase())) {
      seen.add(term.toLowerCase());
      terms.push(term);
    }
  }
  return terms;
}
