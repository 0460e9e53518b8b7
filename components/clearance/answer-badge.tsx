import { useLocale } from "next-intl";
import type { Answer, FactorStatus } from "@/lib/clearance/decide";
import { answerWord, factorStatusWord } from "./labels";

export { answerWord } from "./labels";

const ANSWERS: Record<Answer, { icon: string; className: string }> = {
  cleared: { icon: "✓", className: "bg-emerald-100 text-emerald-900 ring-emerald-600/40" },
  not_cleared: { icon: "✕", className: "bg-red-100 text-red-900 ring-red-600/40" },
  check_first: { icon: "?", className: "bg-amber-100 text-amber-950 ring-amber-600/50" },
};

/** Not cleared only for want of a supervisor at this hour: told apart from a gap in qualifications. */
const OUTSIDE_HOURS = { icon: "◷", className: "bg-slate-100 text-slate-800 ring-slate-500/40" };

/** The answer as colour, icon and word together: never colour alone. */
export function AnswerBadge({ answer, size = "md", outsideHours = false }: { answer: Answer; size?: "md" | "lg"; outsideHours?: boolean }) {
  const locale = useLocale();
  const a = outsideHours && answer === "not_cleared" ? OUTSIDE_HOURS : ANSWERS[answer];
  const sizing = size === "lg" ? "px-3 py-1.5 text-base" : "px-2 py-0.5 text-sm";
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ring-inset ${sizing} ${a.className}`}>
      <span aria-hidden="true">{a.icon}</span>
      {answerWord(answer, outsideHours, locale)}
    </span>
  );
}

const STATUSES: Record<FactorStatus, { icon: string; className: string }> = {
  met: { icon: "✓", className: "text-emerald-800" },
  not_met: { icon: "✕", className: "text-red-800" },
  unknown: { icon: "?", className: "text-amber-900" },
};

export function FactorStatusLabel({ status }: { status: FactorStatus }) {
  const locale = useLocale();
  const s = STATUSES[status];
  return (
    <span className={`inline-flex items-center gap-1 text-sm font-semibold ${s.className}`}>
      <span aria-hidden="true">{s.icon}</span>
      {factorStatusWord(status, locale)}
    </span>
  );
}
