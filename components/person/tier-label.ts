import type { Messages } from "@/lib/i18n/messages";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";

export type Tier = keyof Messages["people"]["tier"];

/** The tiers a form offers, in the order lib/person/credentials.ts lists them (the catalog names each one). */
export const TIERS = Object.keys(CREDENTIAL_TIER_LABELS) as Tier[];

function isTier(tier: string): tier is Tier {
  return (TIERS as readonly string[]).includes(tier);
}

/** A tier in the reader's language; a code the catalog does not know is shown as it is, like tierLabel. */
export function tierText(t: (key: `tier.${Tier}`) => string, tier: string): string {
  return isTier(tier) ? t(`tier.${tier}`) : tier;
}
