import { Badge, EmptyState } from "@/components/ui/card";
import type { TokenSummary } from "@/lib/token/data";
import { tokenStatus, type TokenStatus } from "@/lib/token/status";
import { wallClock } from "@/lib/time/zoned";
import { RevokeTokenForm } from "./revoke-token-form";

const STATUS = { active: { tone: "green", label: "Active" }, revoked: { tone: "neutral", label: "Revoked" }, expired: { tone: "amber", label: "Expired" } } as const satisfies Record<TokenStatus, { tone: string; label: string }>;

function when(moment: Date | null, timeZone: string, never: string): string {
  if (!moment) return never;
  const wall = wallClock(moment, timeZone);
  return `${wall.date} ${wall.time}`;
}

/** Every token, newest first: what it is for, what it may call where, and whether it still works. */
export function TokenTable({ tokens, locationNames, timeZone, now }: { tokens: TokenSummary[]; locationNames: Map<string, string>; timeZone: string; now: Date }) {
  if (tokens.length === 0) return <EmptyState title="No API tokens yet.">Create one for each integration that calls Cleared, such as a scheduling system.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">Integration</th>
            <th scope="col" className="py-2 pr-4">Token</th>
            <th scope="col" className="py-2 pr-4">Scopes</th>
            <th scope="col" className="py-2 pr-4">Locations</th>
            <th scope="col" className="py-2 pr-4">Expires</th>
            <th scope="col" className="py-2 pr-4">Last used</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => {
            const status = tokenStatus(t, now);
            return (
              <tr key={t.id}>
                <td className="py-2 pr-4 font-medium">{t.name}</td>
                <td className="py-2 pr-4 font-mono text-xs">{t.prefix}…</td>
                <td className="py-2 pr-4">{t.scopes.join(", ")}</td>
                <td className="py-2 pr-4">{t.locationIds.length === 0 ? "Every location" : t.locationIds.map((id) => locationNames.get(id) ?? "Removed location").join(", ")}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{when(t.expiresAt, timeZone, "")}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{when(t.lastUsedAt, timeZone, "Never")}</td>
                <td className="py-2 pr-4">
                  <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
                </td>
                <td className="py-2">{status === "active" ? <RevokeTokenForm tokenId={t.id} name={t.name} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
