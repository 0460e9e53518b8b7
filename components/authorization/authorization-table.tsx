import { useLocale, useTranslations } from "next-intl";
import { localMoment, shownDay } from "@/components/person/local-moment";
import { Badge, EmptyState } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { AuthorizationView } from "@/lib/authorization/data";
import { changeAuthorizationStatusAction } from "@/lib/authorization/actions";
import { lastDayOf } from "@/lib/time/calendar";

const STATUS_TONES = { active: "green", suspended: "amber", revoked: "red" } as const;
type Status = keyof typeof STATUS_TONES;

const isStatus = (status: string): status is Status => Object.hasOwn(STATUS_TONES, status);

/** When a change takes effect: now, or a past moment on the location's clock ("revoked last Tuesday", entered today). */
function EffectiveFields() {
  const t = useTranslations("people");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField label={t("authorization.effectiveOn")} name="effectiveOn" type="date" hint={t("authorization.effectiveOnHint")} />
      <TextField label={t("authorization.at")} name="effectiveTime" type="time" hint={t("authorization.atHint")} />
    </div>
  );
}

/** A person's authorizations at one location, with their history and, for managers, the changes. */
export function AuthorizationTable({ rows, canManage, timeZone }: { rows: AuthorizationView[]; canManage: boolean; timeZone: string }) {
  const t = useTranslations("people");
  const locale = useLocale();
  const local = (iso: string) => localMoment(iso, timeZone, locale);
  if (rows.length === 0) return <EmptyState title={t("authorization.none")} />;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((a) => (
        <li key={a.id} className="py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <p className="font-medium">
                {a.taskName} <Badge tone={STATUS_TONES[a.status]}>{t(`authorization.status.${a.status}`)}</Badge>
              </p>
              <p className="text-sm text-muted">
                {t("authorization.from", { from: shownDay(a.effectiveFrom, locale) })}
                {a.effectiveTo ? t("authorization.through", { lastDay: shownDay(lastDayOf(a.effectiveTo), locale) }) : ""}
                {t("authorization.grantedBy", { name: a.grantedByName })}
                {a.conditions ? t("authorization.conditions", { conditions: a.conditions }) : ""}
              </p>
            </div>
            {canManage && a.status !== "revoked" ? (
              <div className="flex flex-wrap gap-2">
                {a.status === "active" ? (
                  <DialogForm
                    action={changeAuthorizationStatusAction}
                    label={t("authorization.suspend")}
                    subject={a.taskName}
                    title={t("authorization.suspendTitle", { task: a.taskName })}
                    submitLabel={t("authorization.suspend")}
                    hidden={{ authorizationId: a.id, version: a.version, change: "suspend" }}
                  >
                    <TextAreaField label={t("authorization.reason")} name="reason" required maxLength={1000} hint={t("authorization.reasonHint")} />
                    <EffectiveFields />
                  </DialogForm>
                ) : (
                  <DialogForm
                    action={changeAuthorizationStatusAction}
                    label={t("authorization.reinstate")}
                    subject={a.taskName}
                    title={t("authorization.reinstateTitle", { task: a.taskName })}
                    submitLabel={t("authorization.reinstate")}
                    hidden={{ authorizationId: a.id, version: a.version, change: "reinstate" }}
                  >
                    <TextAreaField label={t("authorization.reason")} name="reason" required maxLength={1000} />
                    <EffectiveFields />
                  </DialogForm>
                )}
                <DialogForm
                  action={changeAuthorizationStatusAction}
                  label={t("authorization.revoke")}
                  subject={a.taskName}
                  variant="danger"
                  title={t("authorization.revokeTitle", { task: a.taskName })}
                  submitLabel={t("authorization.revoke")}
                  hidden={{ authorizationId: a.id, version: a.version, change: "revoke" }}
                >
                  <p className="text-sm text-muted">{t("authorization.revokeNote")}</p>
                  <TextAreaField label={t("authorization.reason")} name="reason" required maxLength={1000} />
                  <EffectiveFields />
                </DialogForm>
              </div>
            ) : null}
          </div>
          {a.history.length > 1 ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-brand-800">{t("authorization.history", { count: a.history.length })}</summary>
              <ol className="mt-1 space-y-0.5 pl-4 text-muted">
                {a.history.map((h) => (
                  <li key={`${h.recordedAt}-${h.status}`}>
                    {t("authorization.historyLine", { at: local(h.effectiveAt), status: isStatus(h.status) ? t(`authorization.state.${h.status}`) : h.status, name: h.byName })}
                    {h.reason ? t("authorization.historyReason", { reason: h.reason }) : ""}
                    {Math.abs(new Date(h.recordedAt).getTime() - new Date(h.effectiveAt).getTime()) > 60_000 ? t("authorization.entered", { at: local(h.recordedAt) }) : ""}
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
