import { sentence } from "@/lib/clearance/wording";
import { longDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { DueItem, Subject } from "./due";
import type { Recipient } from "./recipients";

/**
 * What a notice says and which page it opens, in its recipient's language (stored on the notice
 * when it is made, so the bell and the email say the same). Pure; nothing here decides anything.
 */
export type NoticeWords = { title: string; detail: string; link: string };

/**
 * A calendar date in a notice or a notification screen. English keeps the ISO dates its notices
 * have always carried (stored notices, emails already sent and their tests say "2026-12-10");
 * other languages write the date out ("10 de diciembre de 2026").
 */
export function noticeDate(iso: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? iso : longDate(iso, locale);
}

export function noticeWords(item: DueItem, recipient: Recipient, locale: Locale): NoticeWords {
  const t = translatorFor(locale, "notifications");
  const s: Subject = item.subject;
  const own = recipient.via === "person";
  const personPage = `/people/${item.personId}`;
  switch (s.kind) {
    case "record_expiring": {
      const date = noticeDate(s.expiresOn, locale);
      const ahead = s.daysLeft > 0;
      const title = own
        ? ahead
          ? t("notice.record_expiring.titleOwnExpiresIn", { title: s.title, days: s.daysLeft, date })
          : t("notice.record_expiring.titleOwnExpired", { title: s.title, date })
        : ahead
          ? t("notice.record_expiring.titleOtherExpiresIn", { person: s.person, title: s.title, days: s.daysLeft, date })
          : t("notice.record_expiring.titleOtherExpired", { person: s.person, title: s.title, date });
      return { title, detail: t(ahead ? "notice.record_expiring.detailExpiresIn" : "notice.record_expiring.detailExpired"), link: personPage };
    }
    case "authorization_lapsed":
      return {
        title: own ? t("notice.authorization_lapsed.titleOwn", { task: s.task, location: s.location }) : t("notice.authorization_lapsed.titleOther", { person: s.person, task: s.task, location: s.location }),
        // The engine's finding, said in the recipient's language.
        detail: s.reason ? sentence(s.reason, locale) : "",
        link: own ? `/people/${item.personId}/clearances` : personPage,
      };
    case "signoff_waiting":
      return {
        title: t("notice.signoff_waiting.title", { person: s.person, title: s.title }),
        detail: t("notice.signoff_waiting.detail", { date: noticeDate(s.recordedOn, locale), location: s.location }),
        link: `/people/${item.personId}/validate`,
      };
    case "supervision_gap":
      return {
        title: t("notice.supervision_gap.title", { person: s.person, location: s.location, date: noticeDate(s.weekOf, locale) }),
        detail: t("notice.supervision_gap.detail", { tasks: s.tasks.join(", ") }),
        link: `/locations/${item.locationId}/supervision`,
      };
    case "rule_reverify":
      return {
        title: t("notice.rule_reverify.title", { state: s.state, task: s.task }),
        detail: t("notice.rule_reverify.detail", { date: noticeDate(s.lastVerifiedOn, locale), citation: s.citation }),
        link: `/rules/${item.itemId}`,
      };
    case "employment_ending":
      return {
        title: t("notice.employment_ending.title", { person: s.person, location: s.location, days: s.daysLeft }),
        detail: t("notice.employment_ending.detail", { date: noticeDate(s.lastDay, locale) }),
        link: personPage,
      };
  }
}

/**
 * A manager's request for a sign-off: it may come before any competency is recorded, so it names
 * who asked and when rather than the scan's "recorded for".
 */
export function requestedSignOffWords(request: { person: string; task: string; location: string; asker: string; on: string }, locale: Locale): Pick<NoticeWords, "title" | "detail"> {
  const t = translatorFor(locale, "notifications");
  return {
    title: t("notice.signoff_waiting.requestedTitle", { person: request.person, task: request.task }),
    detail: t("notice.signoff_waiting.requestedDetail", { asker: request.asker, date: noticeDate(request.on, locale), task: request.task, location: request.location }),
  };
}
