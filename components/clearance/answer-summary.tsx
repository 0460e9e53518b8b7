import { useTranslations } from "next-intl";
import type { Summary } from "@/lib/clearance/summary";

/** The one line that says what to do, with the engine's full reason a click away. */
export function AnswerSummary({ summary, reason, task }: { summary: Summary; reason: string; task: string }) {
  const t = useTranslations("common");
  return (
    <div className="space-y-0.5">
      <p className="text-sm text-ink/90">{summary.line}</p>
      {summary.answer !== "cleared" && !summary.outsideHours ? (
        <details className="text-sm text-muted">
          <summary className="cursor-pointer select-none">
            {t("why")}
            <span className="sr-only"> ({task})</span>
          </summary>
          <p className="mt-1">{reason}</p>
        </details>
      ) : null}
    </div>
  );
}
