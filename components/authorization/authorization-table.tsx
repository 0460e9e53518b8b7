import { Badge, EmptyState } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { AuthorizationView } from "@/lib/authorization/data";
import { changeAuthorizationStatusAction } from "@/lib/authorization/actions";
import { lastDayOf } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";

const STATUS = { active: { tone: "green", label: "Active" }, suspended: { tone: "amber", label: "Suspended" }, revoked: { tone: "red", label: "Revoked" } } as const;

function local(iso: string, timeZone: string) {
  const wall = wallClock(new Date(iso), timeZone);
  return `${wall.date} ${wall.time}`;
}

/** When a change takes effect: now, or a past moment on the location's clock ("revoked last Tuesday", entered today). */
function EffectiveFields() {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField label="Effective on (optional)" name="effectiveOn" type="date" hint="Leave empty for now. It can be earlier (entered late), never later." />
      <TextField label="At (optional)" name="effectiveTime" type="time" hint="Local time; empty: start of that day." />
    </div>
  );
}

/** A person's authorizations at one location, with their history and, for managers, the changes. */
export function AuthorizationTable({ rows, canManage, timeZone }: { rows: AuthorizationView[]; canManage: boolean; timeZone: string }) {
  if (rows.length === 0) return <EmptyState title="No authorizations here yet." />;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((a) => (
        <li key={a.id} className="py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <p className="font-medium">
                {a.taskName} <Badge tone={STATUS[a.status].tone}>{STATUS[a.status].label}</Badge>
              </p>
              <p className="text-sm text-muted">
                From {a.effectiveFrom}
                {a.effectiveTo ? ` through ${lastDayOf(a.effectiveTo)}` : ""} · granted by {a.grantedByName}
                {a.conditions ? ` · Conditions: ${a.conditions}` : ""}
              </p>
            </div>
            {canManage && a.status !== "revoked" ? (
              <div className="flex flex-wrap gap-2">
                {a.status === "active" ? (
                  <DialogForm action={changeAuthorizationStatusAction} label="Suspend" subject={a.taskName} title={`Suspend ${a.taskName}?`} submitLabel="Suspend" hidden={{ authorizationId: a.id, version: a.version, change: "suspend" }}>
                    <TextAreaField label="Reason" name="reason" required maxLength={1000} hint="Shown to the medical assistant and kept in the history." />
                    <EffectiveFields />
                  </DialogForm>
                ) : (
                  <DialogForm action={changeAuthorizationStatusAction} label="Reinstate" subject={a.taskName} title={`Reinstate ${a.taskName}?`} submitLabel="Reinstate" hidden={{ authorizationId: a.id, version: a.version, change: "reinstate" }}>
                    <TextAreaField label="Reason" name="reason" required maxLength={1000} />
                    <EffectiveFields />
                  </DialogForm>
                )}
                <DialogForm action={changeAuthorizationStatusAction} label="Revoke" subject={a.taskName} variant="danger" title={`Revoke ${a.taskName}?`} submitLabel="Revoke" hidden={{ authorizationId: a.id, version: a.version, change: "revoke" }}>
                  <p className="text-sm text-muted">Revocation is final: to authorize the task again later, grant it anew. The history is kept.</p>
                  <TextAreaField label="Reason" name="reason" required maxLength={1000} />
                  <EffectiveFields />
                </DialogForm>
              </div>
            ) : null}
          </div>
          {a.history.length > 1 ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-brand-800">History ({a.history.length})</summary>
              <ol className="mt-1 space-y-0.5 pl-4 text-muted">
                {a.history.map((h) => (
                  <li key={`${h.recordedAt}-${h.status}`}>
                    {local(h.effectiveAt, timeZone)}: {h.status} by {h.byName}
                    {h.reason ? ` (${h.reason})` : ""}
                    {Math.abs(new Date(h.recordedAt).getTime() - new Date(h.effectiveAt).getTime()) > 60_000 ? ` · entered ${local(h.recordedAt, timeZone)}` : ""}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
