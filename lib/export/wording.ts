import type { AuthorizationState } from "./report";
import type { RecordKind, RecordStatus } from "./records";

/** The competency report's words: the PDF's headings and the CSV's cells that people read. */
export const KIND_WORDS: Readonly<Record<RecordKind, string>> = { training: "Training", competency: "Competency validation", certification: "Certification" };

export const STATUS_WORDS: Readonly<Record<RecordStatus, string>> = { current: "Current", expiring: "Expiring within 90 days", expired: "Expired" };

export const AUTHORIZATION_WORDS: Readonly<Record<AuthorizationState, string>> = {
  authorized: "Authorized",
  suspended: "Suspended",
  revoked: "Revoked",
  ended: "Authorization ended",
  not_yet: "Not yet in force",
  none: "Not authorized here",
};

export const NO_CREDENTIALS = "No provider type or MA credential on file";
export const NO_TASKS = "No task named";
export const NO_EVIDENCE = "No evidence file";
export const NO_RECORDS = "No records match.";

export const PDF_COLUMNS = {
  person: "Medical assistant",
  tasks: "Task and authorization",
  record: "Record",
  amount: "Hours, procedures",
  dates: "Completed, expires",
  validation: "Validated by",
  evidence: "Evidence (SHA-256)",
} as const;

export const hoursText = (hours: number) => `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, "")} h`;
export const proceduresText = (count: number) => `${count} procedure${count === 1 ? "" : "s"}`;
export const recordCountText = (n: number) => `${n.toLocaleString("en-US")} record${n === 1 ? "" : "s"}`;
export const timesIn = (timeZone: string, name: string) => `Times in ${timeZone} (${name})`;
export const continued = (title: string) => `${title} (continued)`;
export const expiresText = (date: string | null) => (date ? `expires ${date}` : "does not expire");
export const versionText = (version: number) => `version ${version}`;

/** "Authorized by Dana Kim from 2025-03-01", "Suspended from 2024-03-01 00:00 PST (Bench Manager)". */
export function authorizationText(a: { state: AuthorizationState; by: string | null; from: string | null; until: string | null; statusSince: string | null; statusBy: string | null }): string {
  const words = AUTHORIZATION_WORDS[a.state];
  switch (a.state) {
    case "none":
      return words;
    case "authorized":
      return `${words} by ${a.by} from ${a.from}${a.until ? ` until ${a.until}` : ""}`;
    case "suspended":
    case "revoked":
      return `${words} from ${a.statusSince}${a.statusBy ? ` (${a.statusBy})` : ""}; granted by ${a.by} from ${a.from}`;
    case "ended":
      return `${words} ${a.until}; granted by ${a.by} from ${a.from}`;
    case "not_yet":
      return `${words}: granted by ${a.by} from ${a.from}`;
  }
}
