"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { DownloadFailed, fetchJson, sha256Hex } from "./browser-files";

/** "2026-03-03 09:14": an instant to the minute in UTC, as auditors read it (data, not words). */
const minute = (iso: string) => new Date(iso).toISOString().replace("T", " ").slice(0, 16);

type Match = { exportId: string; occurredAt: string; actorLabel: string; kind: string; fileName: string; member: string | null; filters: { locations?: { name: string }[]; asOf?: string } };

/**
 * Checks a file against the exports on record. The file never leaves the browser: only its SHA-256
 * is sent. Where the browser cannot hash (plain HTTP), the hash can be pasted instead.
 */
export function VerifyExportFile() {
  const t = useTranslations("reports");
  const [hash, setHash] = useState("");
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<{ sha256: string; matches: Match[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function check(sha256: string) {
    setChecking(true);
    setFailure(null);
    setResult(null);
    try {
      setResult(await fetchJson(`/api/export/lookup?sha256=${encodeURIComponent(sha256)}`));
    } catch (error) {
      if (!(error instanceof DownloadFailed)) setFailure(t("verify.unreachable"));
      else if (!error.problem) setFailure(t(error.status === 404 ? "export.notFound" : "export.failed"));
      else setFailure(error.problem.errors?.[0]?.message ?? error.problem.title);
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <label htmlFor="verify-file" className="block text-sm font-medium">
          {t("verify.fileLabel")}
        </label>
        <input
          id="verify-file"
          type="file"
          className="block text-sm"
          aria-describedby="verify-file-hint"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const sha256 = await sha256Hex(file);
            if (!sha256) return setFailure(t("verify.noHashing"));
            setHash(sha256);
            await check(sha256);
          }}
        />
        <p id="verify-file-hint" className="text-xs text-muted">
          {t("verify.fileHint")}
        </p>
      </div>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void check(hash.trim());
        }}
      >
        <div className="min-w-0 grow">
          <TextField label={t("verify.hashLabel")} name="sha256" value={hash} onChange={(e) => setHash(e.target.value)} spellCheck={false} autoComplete="off" className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs" />
        </div>
        <button type="submit" className={buttonClass("secondary")} disabled={checking || hash.trim() === ""}>
          {checking ? t("verify.checking") : t("verify.check")}
        </button>
      </form>
      {failure ? <Alert tone="error" title={failure} /> : null}
      {result && result.matches.length === 0 ? (
        <Alert tone="warning" title={t("verify.noMatch")}>
          {t("verify.noMatchDetail")}
        </Alert>
      ) : null}
      {result && result.matches.length > 0 ? (
        <Alert tone="success" title={t("verify.matches", { count: result.matches.length })}>
          <ul className="space-y-2">
            {result.matches.map((m) => (
              <li key={`${m.exportId}-${m.member ?? ""}`}>
                {t.rich("verify.match", {
                  inBundle: m.member ? "yes" : "no",
                  member: m.member ?? "",
                  fileName: m.fileName,
                  file: (chunks) => <span className="font-medium">{chunks}</span>,
                  kind: m.kind,
                  actor: m.actorLabel,
                  at: minute(m.occurredAt),
                  hasLocations: m.filters.locations?.length ? "yes" : "no",
                  locations: (m.filters.locations ?? []).map((l) => l.name).join(", "),
                  hasAsOf: m.filters.asOf ? "yes" : "no",
                  asOf: m.filters.asOf?.replace("T", " ").slice(0, 16) ?? "",
                  exportId: m.exportId,
                })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
