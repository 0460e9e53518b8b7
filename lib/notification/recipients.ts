import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Audience, DueItem } from "./due";

/** The users who can be told anything, with their grants; read once per scan. Pure. */
export type Directory = {
  /** `locale`: the language the user chose; null or absent follows the browser, which a scan cannot see. */
  users: readonly { id: string; personId: string; email: string; locale?: string | null }[];
  grants: readonly { userId: string; role: string; locationId: string | null; taskId: string | null }[];
  /** A task's parent, for validators granted a task with its refinements. */
  parentOf: ReadonlyMap<string, string | null>;
};

export type Recipient = { userId: string; via: Audience["to"] };

type Index = {
  userOfPerson: Map<string, string>;
  personOfUser: Map<string, string>;
  localeOf: Map<string, Locale>;
  managersAt: Map<string, string[]>;
  validatorsAt: Map<string, { userId: string; taskId: string | null }[]>;
  admins: string[];
};

// Built once per directory: a scan asks about tens of thousands of items against the same one.
const indexes = new WeakMap<Directory, Index>();

function indexOf(directory: Directory): Index {
  let index = indexes.get(directory);
  if (index) return index;
  index = { userOfPerson: new Map(), personOfUser: new Map(), localeOf: new Map(), managersAt: new Map(), validatorsAt: new Map(), admins: [] };
  for (const u of directory.users) {
    index.userOfPerson.set(u.personId, u.id);
    index.personOfUser.set(u.id, u.personId);
    index.localeOf.set(u.id, recipientLocale(u.locale));
  }
  for (const g of directory.grants) {
    if (g.role === "admin") index.admins.push(g.userId);
    // Managers and validators always hold a grant per location; an unscoped one of theirs reaches nothing.
    if (g.locationId === null) continue;
    if (g.role === "manager") index.managersAt.set(g.locationId, [...(index.managersAt.get(g.locationId) ?? []), g.userId]);
    if (g.role === "validator") index.validatorsAt.set(g.locationId, [...(index.validatorsAt.get(g.locationId) ?? []), { userId: g.userId, taskId: g.taskId }]);
  }
  indexes.set(directory, index);
  return index;
}

/**
 * The users an item goes to, each once (the first audience that reaches them names the page their
 * link opens). Only active users are in the directory; nobody is told to sign off their own record.
 */
export function recipientsOf(item: DueItem, directory: Directory): Recipient[] {
  const index = indexOf(directory);
  const found = new Map<string, Recipient>();
  const add = (userId: string | undefined, via: Audience["to"]) => {
    if (userId && index.personOfUser.has(userId) && !found.has(userId)) found.set(userId, { userId, via });
  };
  for (const a of item.audience) {
    if (a.to === "person") add(index.userOfPerson.get(a.personId), "person");
    if (a.to === "managers") for (const userId of index.managersAt.get(a.locationId) ?? []) add(userId, "managers");
    if (a.to === "admins") for (const userId of index.admins) add(userId, "admins");
    if (a.to === "validators") {
      for (const v of index.validatorsAt.get(a.locationId) ?? []) {
        if (index.personOfUser.get(v.userId) === item.personId) continue;
        const covers = v.taskId === null || a.taskIds.length === 0 || a.taskIds.some((t) => t === v.taskId || directory.parentOf.get(t) === v.taskId);
        if (covers) add(v.userId, "validators");
      }
    }
  }
  return [...found.values()];
}

/** The language a user is written to outside any request: their choice, else the default (English). */
export function recipientLocale(chosen: string | null | undefined): Locale {
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

/** The language of a recipient found by recipientsOf (a user outside the directory gets the default). */
export function languageOf(userId: string, directory: Directory): Locale {
  return indexOf(directory).localeOf.get(userId) ?? DEFAULT_LOCALE;
}
