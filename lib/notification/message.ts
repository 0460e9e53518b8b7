import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { Cadence } from "./kinds";

/**
 * The email for one or several notices: plain text and HTML with the same content, most urgent
 * first, each with the link to the page that fixes it. No images, no tracking, no patient data
 * (notices name staff, tasks and records, never patients). The frame is in the recipient's language;
 * the notices were written in it when they were made. Pure.
 */
export type MessageNotice = { title: string; detail: string; link: string; urgency: number };
export type RenderedMessage = { subject: string; text: string; html: string };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

export function byUrgency<T extends { urgency: number; title: string }>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => a.urgency - b.urgency || a.title.localeCompare(b.title));
}

export function renderMessage(
  notices: readonly MessageNotice[],
  { cadence, name, baseUrl, locale = DEFAULT_LOCALE }: { cadence: Exclude<Cadence, "off">; name: string; baseUrl: string; locale?: Locale },
): RenderedMessage {
  const t = translatorFor(locale, "notifications");
  const sorted = byUrgency(notices);
  const count = sorted.length;
  const url = (path: string) => new URL(path, baseUrl).toString();
  const subject = count === 1 ? t("email.subjectOne", { title: sorted[0]!.title }) : t(`email.subjectMany.${cadence}`, { count });
  const intro = count === 1 ? t("email.introOne") : t("email.introMany", { count });
  const preferences = url("/account/notifications");
  const text = [
    t("email.hello", { name }),
    "",
    intro,
    "",
    ...sorted.flatMap((n) => [`- ${n.title}`, `  ${n.detail}`, `  ${url(n.link)}`, ""]),
    t("email.footerText", { url: preferences }),
  ].join("\n");
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.4;color:#111">`,
    `<p>${escape(t("email.hello", { name }))}</p>`,
    `<p>${escape(intro)}</p>`,
    `<ul>`,
    ...sorted.map((n) => `<li style="margin-bottom:12px"><a href="${escape(url(n.link))}"><strong>${escape(n.title)}</strong></a><br>${escape(n.detail)}</li>`),
    `</ul>`,
    // The catalog's own words around the link are trusted; the link's text is escaped like the rest
    // (use-intl hands the chunks over as an array, whatever its type says).
    `<p style="font-size:12px;color:#555">${t.markup("email.footerHtml", { link: (chunks) => `<a href="${escape(preferences)}">${escape([chunks].flat().join(""))}</a>` })}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
