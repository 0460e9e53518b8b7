import { useTranslations } from "next-intl";
import type { Reconstructed } from "@/lib/report/as-of";

/** The rows an answer used, by id and version: what an auditor looks up to check the answer. */
export function AnswerEvidence({ answer }: { answer: Reconstructed }) {
  const t = useTranslations("reports");
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <span className="font-medium">{t("evidence.ruleVersion")} </span>
        {answer.rule ? (
          <>
            <a href={answer.rule.sourceUrl} className="text-brand-800 underline" rel="noreferrer noopener" target="_blank">
              {answer.rule.citation}
            </a>{" "}
            <span className="text-muted">{t.rich("evidence.ruleDetail", { lineage: answer.rule.lineageId, version: answer.rule.version, id: answer.rule.id, mono: (chunks) => <span className="font-mono">{chunks}</span> })}</span>
          </>
        ) : (
          <span className="text-muted">{t("evidence.noRule")}</span>
        )}
      </p>
      {answer.evidence.length === 0 ? (
        <p className="text-sm text-muted">{t("evidence.noEvidence")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("evidence.caption")}</caption>
            <thead className="text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-1.5 pr-4">{t("evidence.kind")}</th>
                <th scope="col" className="py-1.5 pr-4">{t("evidence.what")}</th>
                <th scope="col" className="py-1.5 pr-4">{t("evidence.id")}</th>
                <th scope="col" className="py-1.5 pr-4">{t("evidence.lineage")}</th>
                <th scope="col" className="py-1.5 pr-4">{t("evidence.version")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {answer.evidence.map((e) => (
                <tr key={`${e.kind}-${e.id}`}>
                  <td className="py-1.5 pr-4">{t(`evidenceKinds.${e.kind}`)}</td>
                  <td className="py-1.5 pr-4">{e.label}</td>
                  <td className="py-1.5 pr-4 font-mono text-xs">{e.id}</td>
                  <td className="py-1.5 pr-4 font-mono text-xs">{e.lineageId ?? "—"}</td>
                  <td className="py-1.5 pr-4">{e.version ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
