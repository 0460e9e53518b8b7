import { useTranslations } from "next-intl";
import type { Decision, Evidence } from "@/lib/clearance/decide";
import type { Summary } from "@/lib/clearance/summary";
import { Alert } from "@/components/ui/alert";
import { AnswerBadge, FactorStatusLabel } from "./answer-badge";
import { FocusOnArrival } from "@/components/ui/focus-on-arrival";

function EvidenceItem({ evidence, showId }: { evidence: Evidence; showId: boolean }) {
  const t = useTranslations("check");
  return (
    <li className="break-words">
      {evidence.label}
      {evidence.citation ? (
        <>
          {" · "}
          {evidence.sourceUrl ? (
            <a href={evidence.sourceUrl} className="text-brand-800 underline" rel="noreferrer noopener" target="_blank">
              {evidence.citation}
            </a>
          ) : (
            evidence.citation
          )}
        </>
      ) : null}
      {showId ? <span className="ml-1 font-mono text-[11px] text-slate-500">[{evidence.kind.replace("_", " ")} {evidence.id}]</span> : evidence.version ? <span className="ml-1 text-slate-600">{t("evidenceVersion", { version: evidence.version })}</span> : null}
    </li>
  );
}

type Props = {
  decision: Decision;
  heading: string;
  focusKey?: string;
  /** The one line that says what to do (summary.ts): leads the verdict, the engine's reason follows. */
  summary?: Summary;
  /** Record ids next to the evidence: for auditors tracing a past answer, not for the MA asking now. */
  evidenceIds?: boolean;
};

/**
 * The whole answer: verdict, the four factors with their evidence, warnings and next steps.
 * `focusKey` (on the page that asked): the verdict takes focus when it arrives, once per key.
 */
export function DecisionDetails({ decision, heading, focusKey, summary, evidenceIds = true }: Props) {
  const t = useTranslations("check");
  const common = useTranslations("common");
  return (
    <div className="space-y-5">
      {focusKey ? <FocusOnArrival key={focusKey} targetId="answer-verdict" /> : null}
      <div
        id={focusKey ? "answer-verdict" : undefined}
        tabIndex={focusKey ? -1 : undefined}
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-700 sm:flex-row sm:items-start sm:gap-4"
      >
        <AnswerBadge answer={decision.answer} size="lg" outsideHours={summary?.outsideHours} />
        <div className="min-w-0">
          <h2 className="text-lg font-semibold">{heading}</h2>
          {summary ? <p className="mt-1 text-base font-medium">{summary.line}</p> : null}
          <p className={summary ? "mt-1 text-sm text-muted" : "mt-1 text-sm"}>{decision.reason}</p>
        </div>
      </div>
      {decision.warnings.length > 0 ? (
        <Alert tone="warning" title={common("expiringSoon")}>
          <ul className="list-disc pl-5">
            {[...new Set(decision.warnings)].map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <section aria-labelledby="factors-heading">
        <h2 id="factors-heading" className="mb-2 text-base font-semibold">
          {t("fourFactors")}
        </h2>
        <ol className="grid gap-3 md:grid-cols-2">
          {decision.factors.map((f) => (
            <li key={f.key} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold">{t(`factor.${f.key}`)}</h3>
                <FactorStatusLabel status={f.status} />
              </div>
              <p className="mt-2 text-sm">{f.sentence}</p>
              {f.evidence.length > 0 ? (
                <div className="mt-2 text-xs text-muted">
                  <p className="font-medium">{t("evidenceUsed")}</p>
                  <ul className="mt-1 space-y-1">
                    {f.evidence.map((e) => (
                      <EvidenceItem key={`${e.kind}-${e.id}`} evidence={e} showId={evidenceIds} />
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="next-steps-heading">
        <h2 id="next-steps-heading" className="mb-2 text-base font-semibold">
          {t("nextSteps")}
        </h2>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {decision.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <p className="text-xs text-muted">
        {t("engineLine", { version: decision.engineVersion, moment: decision.request.moment })}
      </p>
    </div>
  );
}
