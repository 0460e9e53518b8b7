import type { Cadence } from "./kinds";

/**
 * The email for one or several notices: plain text and HTML with the same content, most urgent
 * first, each with the link to the page that fixes it. No images, no tracking, no patient data
 * (notices name staff, tasks and records, never patients). Pure.
 */
export type MessageNotice = { title: string; detail: string; link: string; urgency: number };
export type RenderedMessage = { subject: string; text: string; html: string };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

export function byUrgency<T extends { urgency: number; title: string }>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => a.urgency - b.urgency || a.title.localeCompare(b.title));
}

export function renderMessage(notices: readonly MessageNotice[], { cadence, name, baseUrl }: { cadence: Exclude<Cadence, "off">; name: string; baseUrl: string }): RenderedMessage {
  const sorted = byUrgency(notices);
  const url = (path: string) => new URL(path, baseUrl).toString();
  const heading = cadence === "immediate" ? "" : cadence === "daily" ? "Today's digest: " : "This week's digest: ";
  const subject = sorted.length === 1 ? `Cleared: ${sorted[0]!.title}` : `Cleared: ${heading}${sorted.length} items need attention`;
  const preferences = url("/account/notifications");
  const text = [
    `Hello ${name},`,
    "",
    sorted.length === 1 ? "One item needs your attention:" : `${sorted.length} items need your attention, most urgent first:`,
    "",
    ...sorted.flatMap((n) => [`- ${n.title}`, `  ${n.detail}`, `  ${url(n.link)}`, ""]),
    `You receive this because of your role in Cleared. Choose what you receive and how often: ${preferences}`,
  ].join("\n");
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.4;color:#111">`,
    `<p>Hello ${escape(name)},</p>`,
    `<p>${sorted.length === 1 ? "One item needs your attention:" : `${sorted.length} items need your attention, most urgent first:`}</p>`,
    `<ul>`,
    ...sorted.map((n) => `<li style="margin-bottom:12px"><a href="${escape(url(n.link))}"><strong>${escape(n.title)}</strong></a><br>${escape(n.detail)}</li>`),
    `</ul>`,
    `<p style="font-size:12px;color:#555">You receive this because of your role in Cleared. <a href="${escape(preferences)}">Choose what you receive and how often</a>.</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
