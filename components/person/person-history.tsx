import { EmptyState } from "@/components/ui/card";
import type { AuditEventView } from "@/lib/audit/data";
import { wallClock } from "@/lib/time/zoned";

const ACTIONS: Record<string, string> = {
  "authorization.grant": "Tasks authorized",
  "authorization.suspend": "Authorization suspended",
  "authorization.reinstate": "Authorization reinstated",
  "authorization.revoke": "Authorization revoked",
  "record.create": "Record added",
  "record.correct": "Record corrected",
  "record.validate_competency": "Competency signed off",
  "record.import": "Record imported",
  "user.create": "Account created",
  "user.update_access": "Roles or locations changed",
  "user.deactivate": "Account deactivated",
  "user.reactivate": "Account reactivated",
  "user.reset_password": "Password reset",
  "user.change_password": "Password changed",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_out": "Signed out",
  "access.denied": "Access refused",
  "person.import": "Imported",
  "person.create": "Person added",
  "person.update": "Name or employee ID changed",
  "person.change_tier": "Credential tier changed",
  "person.change_provider_type": "Provider type changed",
  "employment.add": "Employment added",
  "employment.end": "Employment ended",
  "employment.correct": "Employment dates corrected",
  "person.view": "Records viewed",
};

/** Audit events about a person, newest first, in plain words. */
export function PersonHistory({ events, timeZone }: { events: AuditEventView[]; timeZone: string }) {
  if (events.length === 0) return <EmptyState title="No history yet." />;
  return (
    <ol className="divide-y divide-slate-100 text-sm">
      {events.map((e) => {
        const wall = wallClock(new Date(e.occurredAt), timeZone);
        return (
          <li key={e.seq} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
            <span className="shrink-0 tabular-nums text-muted sm:w-40">
              {wall.date} {wall.time}
            </span>
            <span>
              <span className="font-medium">{ACTIONS[e.action] ?? e.action}</span> by {e.actorLabel}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
