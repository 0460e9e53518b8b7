import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Answer, Factor } from "./decide";
import type { Detail, SupervisorRef } from "./findings";
import { askFor, clausesFor, joinLine, type Voice } from "./summary-wording";
import { supervisorLabel } from "./wording";

/**
 * The MA's answer in one line: what is wrong, each reason once, and who to ask, by name. Pure: the
 * same decision and people always give the same line, and it names nothing but what the facts name
 * (people, dates, citations), never an internal id. The full "why" stays in the decision's factors.
 */
export type Audience = "self" | "manager";

/** The people an answer can send the MA to, at the location the answer is for. */
export type Helpers = { manager: string | null; validator: string | null };

export type SummaryInput = { answer: Answer; factors: readonly Pick<Factor, "key" | "status" | "code" | "params">[] };

export type SummaryContext = {
  audience: Audience;
  /** The person the answer is about ("Aisha Johnson"): how a manager's line refers to them. */
  person: string;
  task: string;
  helpers: Helpers;
  /** The page already shows the supervision hours once (a list of answers): the line need not repeat them. */
  hoursShown: boolean;
};

export type Summary = {
  answer: Answer;
  /** Not cleared only because no supervisor is scheduled at this hour: not a gap in the MA's qualifications. */
  outsideHours: boolean;
  reasons: string[];
  asks: string[];
  line: string;
};

export function detailOf(f: Pick<Factor, "code" | "params">): Detail {
  return { code: f.code, ...f.params } as Detail;
}

/** Whether a decision is "not cleared" only because it is outside every supervisor's scheduled hours. */
export function isOutsideHours(d: SummaryInput): boolean {
  const blocking = d.factors.filter((f) => f.status === "not_met");
  return d.answer === "not_cleared" && blocking.length > 0 && blocking.every((f) => f.code === "off_schedule");
}

/** The provider an MA can turn to about this answer: the one supervising, arriving, or scheduled. */
function providerOf(d: SummaryInput): SupervisorRef | null {
  const s = d.factors.find((f) => f.key === "supervision");
  if (!s) return null;
  const detail = detailOf(s);
  switch (detail.code) {
    case "present":
      return detail.supervisor;
    case "supervisor_absent":
    case "location_closed":
      return detail.next?.supervisor ?? null;
    case "off_schedule":
      return detail.scheduled[0] ?? null;
    default:
      return null;
  }
}

function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** The line in `locale` (English unless the page asks for another language). */
export function summarize(d: SummaryInput, ctx: SummaryContext, locale: Locale = DEFAULT_LOCALE): Summary {
  const provider = providerOf(d);
  const voice: Voice = { ...ctx, provider: provider ? supervisorLabel(provider) : null, locale };
  const deciding = d.answer === "cleared" ? [] : d.factors.filter((f) => f.status === (d.answer === "not_cleared" ? "not_met" : "unknown"));
  const details = deciding.map(detailOf);
  const outsideHours = isOutsideHours(d);
  const reasons = distinct(details.flatMap((detail) => clausesFor(detail, voice)));
  const asks = distinct(details.flatMap((detail) => askFor(detail, voice)));
  return { answer: d.answer, outsideHours, reasons, asks, line: joinLine(d.answer, outsideHours, reasons, asks, voice) };
}
