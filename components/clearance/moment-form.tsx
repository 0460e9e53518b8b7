import { useTranslations } from "next-intl";

/**
 * Date and time on the location's clock (empty: now). A GET form, so an answer has a URL that can
 * be bookmarked, printed and shared with an auditor. `idPrefix` keeps its ids unique on a page with
 * other forms.
 */
export function MomentForm({ action, date, time, zoneLabel, submitLabel, idPrefix = "", children }: { action: string; date?: string; time?: string; zoneLabel: string; submitLabel?: string; idPrefix?: string; children?: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <form action={action} className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {children}
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}date`} className="block text-sm font-medium">
          {t("moment.date")}
        </label>
        <input id={`${idPrefix}date`} name="date" type="date" defaultValue={date} className="rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}time`} className="block text-sm font-medium">
          {t("moment.time")} <span className="font-normal text-muted">({zoneLabel})</span>
        </label>
        <input id={`${idPrefix}time`} name="time" type="time" defaultValue={time} className="rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
      </div>
      <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        {submitLabel ?? t("moment.show")}
      </button>
    </form>
  );
}
