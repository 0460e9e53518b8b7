import type { CoverageSlot } from "@/lib/arrangement/coverage";
import { formatMinute } from "@/lib/clearance/supervision";
import type { SupervisionLevel } from "@/lib/clearance/facts";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const LEVEL: Record<SupervisionLevel, { short: string; className: string }> = {
  direct_visual: { short: "In room", className: "bg-emerald-600 text-white" },
  on_premises: { short: "On site", className: "bg-emerald-200 text-emerald-950" },
  telemedicine: { short: "Remote", className: "bg-sky-100 text-sky-950" },
  general: { short: "Phone", className: "bg-slate-100 text-slate-800" },
  none: { short: "None", className: "bg-white" },
};

/**
 * The week at a location: the strongest supervision in each half hour, in words as well as colour,
 * and the gaps where tasks needing a supervisor on site would not be cleared.
 */
export function CoverageWeek({ week, zoneLabel }: { week: CoverageSlot[][]; zoneLabel: string }) {
  const slots = week[0] ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-xs">
        <caption className="mb-2 text-left text-sm text-muted">Times in {zoneLabel}. “Gap” marks half hours without a supervisor on site.</caption>
        <thead>
          <tr>
            <th scope="col" className="w-14 p-1 text-left font-medium text-muted">Time</th>
            {DAYS.map((d) => (
              <th key={d} scope="col" className="p-1 font-medium">
                {d}
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
              {week.map((day, weekday) => {
                const cell = day[row]!;
                const level = cell.level ? LEVEL[cell.level] : null;
                return (
                  <td key={weekday} className={`border border-white p-1 text-center ${level ? level.className : "bg-red-50 text-red-900"}`} title={cell.supervisors.join(", ")}>
                    {level ? level.short : "Gap"}
                    {level && !cell.onSite ? <span className="sr-only"> (no supervisor on site)</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
