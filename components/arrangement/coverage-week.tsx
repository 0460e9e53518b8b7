import { useTranslations } from "next-intl";
import type { CoverageDay, CoverageSlot } from "@/lib/arrangement/coverage";
import type { Uncovered } from "@/lib/arrangement/task-coverage";
import { formatMinute } from "@/lib/clearance/supervision";
import type { SupervisionLevel } from "@/lib/clearance/facts";

/** The week's day names, Sunday first, as the catalog keys them. */
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const COVERED: Record<SupervisionLevel, string> = {
  direct_visual: "bg-emerald-700 text-white",
  on_premises: "bg-emerald-200 text-emerald-950",
  telemedicine: "bg-sky-100 text-sky-950",
  general: "bg-slate-100 text-slate-800",
  none: "bg-white",
};
/** How many stretches the list under the week names before it says how many more there are. */
const MAX_LISTED = 12;

/** A half hour: closed, covered (at the strongest level there), partly or not covered for the tasks shown, or a gap. */
function Cell({ cell, missing, shown }: { cell: CoverageSlot; missing: string[]; shown: number }) {
  const t = useTranslations("supervision.coverage");
  const td = "border border-white p-1 text-center";
  if (cell.closed) return <td className={`${td} bg-slate-300 text-slate-900`}>{t("closed")}<span className="sr-only">: {cell.closed}</span></td>;
  const away = cell.away.length > 0 ? <span className="block text-[10px] font-normal">{t("away", { names: cell.away.join(", ") })}</span> : null;
  const lacking = missing.length > 0 ? <span className="sr-only"> ({t("notCoveredFor", { tasks: missing.join(", ") })})</span> : null;
  if (missing.length === 0) {
    return (
      <td className={`${td} ${cell.level ? COVERED[cell.level] : "bg-emerald-50 text-emerald-950"}`}>
        {cell.level ? t(`short.${cell.level}`) : t("covered")}
        {away}
      </td>
    );
  }
  if (!cell.level) {
    return (
      <td className={`${td} ${away ? "bg-red-200 font-semibold text-red-950" : "bg-red-50 text-red-900"}`}>
        {t("gap")}
        {away}
        {lacking}
      </td>
    );
  }
  const partly = missing.length < shown;
  return (
    <td className={`${td} ${partly ? "bg-amber-100 text-amber-950" : "bg-orange-200 font-semibold text-orange-950"}`}>
      {partly ? t("partly") : t("notCovered")}
      <span className="block text-[10px] font-normal">{partly ? t("partlyCount", { missing: missing.length, shown }) : t("levelSupervisors", { level: t(`short.${cell.level}`), supervisors: cell.supervisors.join(", ") })}</span>
      {away}
      {lacking}
    </td>
  );
}

/**
 * A dated week at a location: in each half hour, whether the supervision there is what the rules
 * require for the tasks shown (type of supervisor and level, as an answer would judge it), with
 * absences, extra sessions and closures applied; and, below, where a supervisor is there but the
 * tasks are not covered, in the engine's words.
 */
export function CoverageWeek({ days, week, missing, shown, uncovered, undetermined, zoneLabel, today }: { days: CoverageDay[]; week: CoverageSlot[][]; missing: string[][][]; shown: number; uncovered: Uncovered[]; undetermined: string[]; zoneLabel: string; today: string }) {
  const t = useTranslations("supervision.coverage");
  const dayName = (weekday: number) => t(`weekday.${WEEKDAYS[weekday]!}`);
  const slots = week[0] ?? [];
  const lacking = [...new Set(uncovered.map((u) => u.task.name))];
  return (
    <div className="space-y-4">
      <div role="region" aria-label={t("weekRegion")} tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[40rem] table-fixed border-collapse text-xs">
          <caption className="mb-2 text-left text-sm text-muted">{t("caption", { zone: zoneLabel, filtered: shown === 1 ? "yes" : "no" })}</caption>
          <thead>
            <tr>
              <th scope="col" className="w-14 p-1 text-left font-medium text-muted">
                {t("time")}
              </th>
              {days.map((d) => (
                <th key={d.date} scope="col" className={`p-1 font-medium ${d.date === today ? "text-brand-800 underline" : ""}`}>
                  {dayName(d.weekday)} {d.date.slice(5)}
                  {d.date === today ? <span className="sr-only"> {t("today")}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slots.map((slot, row) => (
              <tr key={slot.startMinute}>
                <th scope="row" className="p-1 text-left font-normal tabular-nums text-muted">
                  {formatMinute(slot.startMinute)}
                </th>
                {week.map((day, i) => (
                  <Cell key={days[i]!.date} cell={day[row]!} missing={missing[i]?.[row] ?? []} shown={shown} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3 className="text-sm font-semibold">{t("staffedHeading")}</h3>
        {uncovered.length === 0 ? (
          <p className="text-sm text-muted">{t("allCovered")}</p>
        ) : (
          <>
            <p className="text-sm">{t("lacking", { tasks: lacking.join(", ") })}</p>
            <ul className="mt-2 space-y-1 text-sm">
              {uncovered.slice(0, MAX_LISTED).map((u) => (
                <li key={`${u.task.id}-${u.day}-${u.startMinute}`}>
                  <span className="font-medium">
                    {dayName(days[u.day]!.weekday)} {days[u.day]!.date.slice(5)} {formatMinute(u.startMinute)}–{formatMinute(u.endMinute)}, {u.task.name}
                  </span>{" "}
                  ({t("present", { names: u.present.join(", ") })}):{" "}
                  {u.reason}
                </li>
              ))}
              {uncovered.length > MAX_LISTED ? <li className="text-muted">{t("more", { count: uncovered.length - MAX_LISTED })}</li> : null}
            </ul>
          </>
        )}
        {undetermined.length > 0 ? <p className="mt-2 text-sm text-muted">{t("undetermined", { tasks: undetermined.join(", ") })}</p> : null}
      </div>
    </div>
  );
}
