import { useTranslations } from "next-intl";
import { Badge, EmptyState } from "@/components/ui/card";
import type { TokenSummary } from "@/lib/token/data";
import { tokenStatus, type TokenStatus } from "@/lib/token/status";
import { wallClock } from "@/lib/time/zoned";
import { RevokeTokenForm } from "./revoke-token-form";

const STATUS_TONE = { active: "green", revoked: "neutral", expired: "amber" } as const satisfies Record<TokenStatus, string>;

/** A moment on the organization's clock, as the table has always shown it; null when it has not happened. */
function when(moment: Date | null, timeZone: string): string | null {
  if (!moment) return null;
  const wall = wallClock(moment, timeZone);
  return `${wall.date} ${wall.time}`;
}

/** Every token, newest first: what it is for, what it may call where, and whether it still works. */
export function TokenTable({ tokens, locationNames, timeZone, now }: { tokens: TokenSummary[]; locationNames: Map<string, string>; timeZone: string; now: Date }) {
  const t = useTranslations("admin.tokenTable");
  if (tokens.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("integration")}</th>
            <th scope="col" className="py-2 pr-4">{t("token")}</th>
            <th scope="col" className="py-2 pr-4">{t("scopes")}</th>
            <th scope="col" className="py-2 pr-4">{t("locations")}</th>
            <th scope="col" className="py-2 pr-4">{t("expires")}</th>
            <th scope="col" className="py-2 pr-4">{t("lastUsed")}</th>
            <th scope="col" className="py-2 pr-4">{t("status")}</th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <tr key={token.id}>
                <td className="py-2 pr-4 font-medium">{token.name}</td>
                <td className="py-2 pr-4 font-mono text-xs">{token.prefix}…</td>
                <td className="py-2 pr-4">{token.scopes.join(", ")}</td>
                <td className="py-2 pr-4">{token.locationIds.length === 0 ? t("everyLocation") : token.locationIds.map((id) => locationNames.get(id) ?? t("removedLocation")).join(", ")}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{when(token.expiresAt, timeZone)}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{when(token.lastUsedAt, timeZone) ?? t("never")}</td>
                <td className="py-2 pr-4">
                  <Badge tone={STATUS_TONE[status]}>{t(`statuses.${status}`)}</Badge>
                </td>
                <td className="py-2">{status === "active" ? <RevokeTokenForm tokenId={token.id} name={token.name} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
