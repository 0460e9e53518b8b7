import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { hashEvent, type ChainedEvent, type JsonValue } from "@/lib/audit/chain";
import type { AuditNames } from "@/lib/audit/sentence";
import { actionLabel } from "@/lib/audit/wording";
import { wallClock, zoneName } from "@/lib/time/zoned";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase text-muted">{label}</dt>
      <dd className="break-all">{children ?? <span className="text-muted">none</span>}</dd>
    </div>
  );
}

/**
 * Every stored field of one event, and whether its content still matches its own hash. Ids are shown
 * as stored, with the name beside them where the viewer may see it.
 */
export function EventDetails({ event, timeZone, names }: { event: ChainedEvent; timeZone: string; names: AuditNames }) {
  const personName = event.personId ? names.people.get(event.personId) : undefined;
  const location = event.locationId ? names.locations.get(event.locationId) : undefined;
  const actorName = event.actorUserId ? names.users.get(event.actorUserId) : undefined;
  const wall = wallClock(event.occurredAt, timeZone);
  // Only this event's own hash: whether it still links to the one before is what chain verification checks.
  const intact = hashEvent(event.prevHash, event) === event.hash;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
      <Item label="When">
        {wall.date} {wall.time} {zoneName(timeZone, event.occurredAt)}
      </Item>
      <Item label="When (UTC)">
        <span className="font-mono text-xs">{event.occurredAt.toISOString()}</span>
      </Item>
      <Item label="Who">
        {event.actorLabel}
        {actorName ? ` (${actorName})` : ""}
      </Item>
      <Item label="User id">{event.actorUserId}</Item>
      <Item label="Action">
        {actionLabel(event.action)} <code className="font-mono text-xs">{event.action}</code>
      </Item>
      <Item label="Record">
        {event.entityType}
        {event.entityId ? ` ${event.entityId}` : ""}
      </Item>
      <Item label="About person">
        {event.personId ? (
          <Link href={`/people/${event.personId}`} className="text-brand-800 underline underline-offset-2">
            {personName ?? event.personId}
          </Link>
        ) : null}
      </Item>
      <Item label="Location">{event.locationId ? `${location ? `${location.name}, ` : ""}${event.locationId}` : null}</Item>
      <Item label="IP address">{event.ip}</Item>
      <Item label="User agent">{event.userAgent}</Item>
      <Item label="Previous hash">
        <code className="font-mono text-xs">{event.prevHash}</code>
      </Item>
      <Item label="Hash">
        <code className="font-mono text-xs">{event.hash}</code>{" "}
        {intact ? <Badge tone="green">Matches the content</Badge> : <Badge tone="red">Does not match the content</Badge>}
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
