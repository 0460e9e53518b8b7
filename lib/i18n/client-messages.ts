/**
 * Which messages go to the browser. Without a `messages` prop next-intl's provider sends the whole
 * catalog in every page's payload (131 KB of JSON, most of it only ever read on the server). A page
 * sends only what its client components read: BASE, plus the paths it names through
 * <ClientMessages>. tests/unit/i18n/client-messages.test.ts reads the client components each page
 * reaches and fails when one of them would miss a message.
 */

export type MessageTree = { [key: string]: MessageTree | string };

/**
 * What the client components on every page read: the signed-in shell's header
 * (app/(app)/layout.tsx), the error boundary (app/error.tsx), and `common`, which the form pieces
 * under components/ui share (and the task picker takes whole). next-intl does not merge nested
 * providers, so every <ClientMessages> sends these as well.
 */
export const BASE = [
  "common",
  "errors.title",
  "errors.body",
  "errors.bodyWithReference",
  "errors.unavailableTitle",
  "errors.unavailableBody",
  "errors.retry",
  "shell.loadingPage",
  "shell.signOut",
  "shell.signingOut",
] as const;

/** A copy of `messages` holding only the given dotted paths ("people.table"); paths not there are left out. */
export function pickMessages(messages: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  // Shorter paths first: once a subtree is taken whole (it is shared, not copied), its descendants
  // are in it already, and writing into it would change the catalog itself.
  const taken: string[] = [];
  for (const path of [...new Set(paths)].sort((a, b) => a.length - b.length)) {
    if (taken.some((t) => path.startsWith(`${t}.`))) continue;
    const keys = path.split(".");
    const value = keys.reduce<MessageTree | string | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), messages);
    if (value === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = typeof next === "object" ? next : (target[key] = {});
    }
    target[keys.at(-1)!] = value;
    taken.push(path);
  }
  return picked;
}
