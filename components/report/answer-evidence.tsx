import type { Reconstructed } from "@/lib/report/as-of";
import { EVIDENCE_LABELS } from "./labels";

/** The rows an answer used, by id and version: what an auditor looks up to check the answer. */
export function AnswerEvidence({ answer }: { answer: Reconstructed }) {
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <span className="font-medium">State rule version: </span>
        {answer.rule ? (
          <>
            <a href={answer.rule.sourceUrl} className="text-brand-800 underline" rel="noreferrer noopener" target="_blank">
              {answer.rule.citation}
            </a>{" "}
            <span className="text-muted">
              (lineage <span className="font-mono">{answer.rule.lineageId}</span>, version {answer.rule.version}, id <span className="font-mono">{answer.rule.id}</span>)
            </span>
          </>
        ) : (
          <span className="text-muted">none on file then</span>
        )}
      </p>
      {answer.evidence.length === 0 ? (
        <p className="text-sm text-muted">This answer used no recorded evidence.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Evidence used, with ids and versions</caption>
            <thead className="text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-1.5 pr-4">Kind</th>
                <th scope="col" className="py-1.5 pr-4">What</th>
                <th scope="col" className="py-1.5 pr-4">Id</th>
                <th scope="col" className="py-1.5 pr-4">Lineage</th>
                <th scope="col" className="py-1.5 pr-4">Version</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {answer.evidence.map((e) => (
                <tr key={`${e.kind}-${e.id}`}>
                  <td className="py-1.5 pr-4">{EVIDENCE_LABELS[e.kind]}</td>
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
