import type { CoverageDay, CoverageSlot } from "@/lib/arrangement/coverage";
import { dayName, formatMinute } from "@/lib/clearance/supervision";
import type { SupervisionLevel } from "@/lib/clearance/facts";

const LEVEL: Record<SupervisionLevel, { short: string; className: string }> = {
  direct_visual: { short: "In room", className: "bg-emerald-600 text-white" },
  on_premises: { short: "On site", className: "bg-emerald-200 text-emerald-950" },
  telemedicine: { short: "Remote", className: "bg-sky-100 text-sky-950" },
  general: { short: "Phone", className: "bg-slate-100 text-slate-800" },
  none: { short: "None", className: "bg-white" },
};

function Cell({ cell }: { cell: CoverageSlot }) {
  if (cell.closed) return <td className="border border-white bg-slate-300 p-1 text-center text-slate-900" title={`Closed: ${cell.closed}`}>Closed</td>;
  const level = cell.level ? LEVEL[cell.level] : null;
  const away = cell.away.length > 0 ? `Away: ${cell.away.join(", ")}` : "";
  if (!level) {
    return (
      <td className={`border border-white p-1 text-center ${away ? "bg-red-200 font-semibold text-red-950" : "bg-red-50 text-red-900"}`} title={away || undefined}>
        Gap{away ? <span className="block text-[10px] font-normal">{cell.away.join(", ")} away</span> : null}
      </td>
    );
  }
  return (
    <td className={`border border-white p-1 text-center ${level.className}`} title={[cell.supervisors.join(", "), away].filter(Boolean).join(" · ")}>
      {level.short}
      {!cell.onSite ? <span className="sr-only"> (no supervisor on site)</span> : null}
      {away ? <span className="sr-only"> ({away})</span> : null}
    </td>
  );
}

/**
 * A dated week at a location: the strongest supervision in each half hour, in words as well as
 * colour, with absences, extra sessions and closures applied; gaps an absence creates are marked.
 */
export function CoverageWeek({ days, week, zoneLabel, today }: { days: CoverageDay[]; week: CoverageSlot[][]; zoneLabel: string; today: string }) {
  const slots = week[0] ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-xs">
        <caption className="mb-2 text-left text-sm text-muted">Times in {zoneLabel}. “Gap” marks half hours without a supervisor; a dark gap is one an absence creates.</caption>
        <thead>
          <tr>
            <th scope="col" className="w-14 p-1 text-left font-medium text-muted">
              Time
            </th>
            {days.map((d) => (
              <th key={d.date} scope="col" className={`p-1 font-medium ${d.date === today ? "text-brand-800 underline" : ""}`}>
                {dayName(d.weekday)} {d.date.slice(5)}
                {d.date === today ? <span className="sr-only"> (today)</span> : null}
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
                <Cell key={days[i]!.date} cell={day[row]!} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
