"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Choice } from "@/components/ui/field";
import type { ImportEvent } from "@/lib/import/run";

type Result = Extract<ImportEvent, { type: "result" }>;
type Progress = Extract<ImportEvent, { type: "progress" }>;

/**
 * Check first, then import: the file is checked row by row (a dry run that writes nothing), then
 * the valid rows are imported in one transaction, or nothing when "all or nothing" is chosen and a
 * row has a problem. Progress streams from the server as the rows are processed.
 */
export function ImportPanel({ kind, locationId, title, template }: { kind: "people" | "training"; locationId: string; title: string; template: string }) {
  const t = useTranslations("imports.panel");
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [checked, setChecked] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(commit: boolean) {
    const file = commit ? checked : fileRef.current?.files?.[0];
    if (!file) return setFailure(t("chooseFile"));
    setBusy(true);
    setFailure(null);
    setProgress(null);
    if (!commit) setResult(null);
    const body = new FormData();
    body.set("file", file);
    body.set("locationId", locationId);
    body.set("commit", String(commit));
    body.set("allOrNothing", String(allOrNothing));
    try {
      const response = await fetch(`/api/import/${kind}`, { method: "POST", body });
      if (!response.ok || !response.body) {
        const problem = await response.json().catch(() => null);
        setFailure(problem?.detail ?? problem?.title ?? t("cannotStart"));
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const event = JSON.parse(line) as ImportEvent;
          if (event.type === "progress") setProgress(event);
          else {
            setResult(event);
            setChecked(!commit && event.ok && event.counts.ok > 0 ? file : null);
          }
        }
      }
    } catch {
      setFailure(t("connectionLost"));
    } finally {
      setBusy(false);
    }
  }

  const problems = result ? result.rows.filter((r) => r.status !== "ok") : [];
  return (
    <section aria-labelledby={`${inputId}-title`} className="space-y-4">
      <h2 id={`${inputId}-title`} className="text-base font-semibold">
        {title}
      </h2>
      <p className="text-sm text-muted">
        {t.rich("format", {
          template: (chunks) => (
            <a href={template} download className="font-medium text-brand-800 underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t("file")}
          </label>
          <input id={inputId} ref={fileRef} type="file" accept=".csv,text/csv" onChange={() => setChecked(null)} className="block text-sm" />
        </div>
        <button type="button" className={buttonClass("secondary")} disabled={busy} onClick={() => run(false)}>
          {t("check")}
        </button>
      </div>
      {progress && busy ? (
        <div>
          <label className="text-sm" htmlFor={`${inputId}-progress`}>
            {t("progress", { phase: progress.phase, done: progress.done, total: progress.total })}
          </label>
          <progress id={`${inputId}-progress`} max={progress.total} value={progress.done} className="block h-2 w-full max-w-md" />
        </div>
      ) : busy ? (
        <p role="status" className="text-sm text-muted">
          {t("uploading")}
        </p>
      ) : null}
      {failure ? <Alert tone="error" title={failure} /> : null}
      {result ? (
        <div className="space-y-3">
          <Alert tone={result.ok ? (result.imported > 0 ? "success" : problems.length > 0 ? "warning" : "info") : "error"} title={result.message}>
            {result.rows.length > 0 ? t("counts", { ready: result.counts.ok, problems: result.counts.error, duplicates: result.counts.duplicate }) : null}
          </Alert>
          {problems.length > 0 ? (
            <div className="max-h-80 overflow-auto rounded-md border border-slate-200">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("problemsCaption")}</caption>
                <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-muted">
                  <tr>
                    <th scope="col" className="p-2">{t("line")}</th>
                    <th scope="col" className="p-2">{t("status")}</th>
                    <th scope="col" className="p-2">{t("problem")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {problems.map((r) => (
                    <tr key={r.line}>
                      <td className="p-2 tabular-nums">{r.line}</td>
                      <td className="p-2">{r.status === "duplicate" ? t("duplicate") : t("error")}</td>
                      <td className="p-2">{r.messages.join(" ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {checked && result.imported === 0 ? (
            <div className="flex flex-wrap items-center gap-4">
              <Choice label={t("allOrNothing")} checked={allOrNothing} onChange={(e) => setAllOrNothing(e.target.checked)} />
              <button type="button" className={buttonClass("primary")} disabled={busy} onClick={() => run(true)}>
                {allOrNothing && problems.length > 0 ? t("import") : t("importValid", { count: result.counts.ok })}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
