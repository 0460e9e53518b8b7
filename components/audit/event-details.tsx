import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { hashEvent, type ChainedEvent, type JsonValue } from "@/lib/audit/chain";
import type { AuditNames } from "@/lib/audit/sentence";
import { actionLabel } from "@/lib/audit/wording";
import { wallClock, zoneName } from "@/lib/time/zoned";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  const t = useTranslations("audit.details");
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase text-muted">{label}</dt>
      <dd className="break-all">{children ?? <span className="text-muted">{t("none")}</span>}</dd>
    </div>
  );
}

/**
 * Every stored field of one event, and whether its content still matches its own hash. Ids are shown
 * as stored, with the name beside them where the viewer may see it.
 */
export function EventDetails({ event, timeZone, names }: { event: ChainedEvent; timeZone: string; names: AuditNames }) {
  const t = useTranslations("audit.details");
  const personName = event.personId ? names.people.get(event.personId) : undefined;
  const location = event.locationId ? names.locations.get(event.locationId) : undefined;
  const actorName = event.actorUserId ? names.users.get(event.actorUserId) : undefined;
  const wall = wallClock(event.occurredAt, timeZone);
  // Only this event's own hash: whether it still links to the one before is what chain verification checks.
  const intact = hashEvent(event.prevHash, event) === event.hash;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
      <Item label={t("when")}>
        {wall.date} {wall.time} {zoneName(timeZone, event.occurredAt)}
      </Item>
      <Item label={t("whenUtc")}>
        <span className="font-mono text-xs">{event.occurredAt.toISOString()}</span>
      </Item>
      <Item label={t("who")}>
        {event.actorLabel}
        {actorName ? ` (${actorName})` : ""}
      </Item>
      <Item label={t("userId")}>{event.actorUserId}</Item>
      <Item label={t("action")}>
        {actionLabel(event.action)} <code className="font-mono text-xs">{event.action}</code>
      </Item>
      <Item label={t("record")}>
        {event.entityType}
        {event.entityId ? ` ${event.entityId}` : ""}
      </Item>
      <Item label={t("aboutPerson")}>
        {event.personId ? (
          <Link href={`/people/${event.personId}`} className="text-brand-800 underline underline-offset-2">
            {personName ?? event.personId}
          </Link>
        ) : null}
      </Item>
      <Item label={t("location")}>{event.locationId ? `${location ? `${location.name}, ` : ""}${event.locationId}` : null}</Item>
      <Item label={t("ip")}>{event.ip}</Item>
      <Item label={t("userAgent")}>{event.userAgent}</Item>
      <Item label={t("prevHash")}>
        <code className="font-mono text-xs">{event.prevHash}</code>
      </Item>
      <Item label={t("hash")}>
        <code className="font-mono text-xs">{event.hash}</code>{" "}
        {intact ? <Badge tone="green">{t("matches")}</Badge> : <Badge tone="red">{t("mismatch")}</Badge>}
      </Item>
    </dl>
  );
}

/** The stored JSON itself, for what the field table cannot show (key order aside, nothing is lost). */
export function RawJson({ label, value }: { label: string; value: JsonValue }) {
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium">{label}</summary>
      <pre className="mt-2 whitespace-pre-wrap break-all font-mono text-xs">{value === null ? "null" : JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}
