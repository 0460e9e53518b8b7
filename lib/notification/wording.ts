import type { DueItem, Subject } from "./due";
import type { Recipient } from "./recipients";

/** What a notice says and which page it opens, in English. Pure; nothing here decides anything. */
export type Words = { title: string; detail: string; link: string };

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

export function wordsFor(item: DueItem, recipient: Recipient): Words {
  const s: Subject = item.subject;
  const own = recipient.via === "person";
  const personPage = `/people/${item.personId}`;
  switch (s.kind) {
    case "record_expiring": {
      const whose = own ? "Your" : `${s.person}'s`;
      const when = s.daysLeft > 0 ? `expires in ${days(s.daysLeft)} (${s.expiresOn})` : `expired on ${s.expiresOn}`;
      return {
        title: `${whose} ${s.title} ${when}`,
        detail: s.daysLeft > 0 ? "Renew it before then, or the tasks it backs stop being cleared." : "The tasks it backs are not cleared until it is renewed: add the new record.",
        link: personPage,
      };
    }
    case "authorization_lapsed":
      return {
        title: `${own ? "You are" : `${s.person} is`} no longer cleared for ${s.task} at ${s.location}`,
        detail: s.reason,
        link: own ? `/people/${item.personId}/clearances` : personPage,
      };
    case "signoff_waiting":
      return {
        title: `${s.person}'s ${s.title} is waiting for your sign-off`,
        detail: `Recorded for ${s.recordedOn} at ${s.location} without a validator's sign-off: observe the task and sign it off.`,
        link: `/people/${item.personId}/validate`,
      };
    case "supervision_gap":
      return {
        title: `No supervision planned for ${s.person} at ${s.location} in the week of ${s.weekOf}`,
        detail: `Authorized for ${s.tasks.join(", ")}, which need supervision; no arrangement or extra session covers her that week.`,
        link: `/locations/${item.locationId}/supervision`,
      };
    case "rule_reverify":
      return {
        title: `Re-verify the ${s.state} rule for ${s.task}`,
        detail: `Last verified on ${s.lastVerifiedOn} (${s.citation}). Verify with your state medical board.`,
        link: `/rules/${item.itemId}`,
      };
    case "employment_ending":
      return {
        title: `${s.person}'s work at ${s.location} ends in ${days(s.daysLeft)}`,
        detail: `The last day on record is ${s.lastDay}: after it, nothing is cleared for them there.`,
        link: personPage,
      };
  }
}
