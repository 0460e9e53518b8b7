"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { DownloadFailed, fetchJson, sha256Hex } from "./browser-files";

type Match = { exportId: string; occurredAt: string; actorLabel: string; kind: string; fileName: string; member: string | null; filters: { locations?: { name: string }[]; asOf?: string } };

/**
 * Checks a file against the exports on record. The file never leaves the browser: only its SHA-256
 * is sent. Where the browser cannot hash (plain HTTP), the hash can be pasted instead.
 */
export function VerifyExportFile() {
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
      setFailure(error instanceof DownloadFailed ? (error.problem.errors?.[0]?.message ?? error.problem.title) : "Could not reach Cleared. Try again.");
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <label htmlFor="verify-file" className="block text-sm font-medium">
          File to check
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
            if (!sha256) return setFailure("This browser computes SHA-256 only on HTTPS or localhost. Paste the file's hash below instead (for example from `sha256sum`).");
            setHash(sha256);
            await check(sha256);
          }}
        />
        <p id="verify-file-hint" className="text-xs text-muted">
          A CSV, PDF or ZIP from Cleared, or a file taken out of a ZIP bundle. Only its SHA-256 is sent, never the file.
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
          <TextField label="SHA-256" name="sha256" value={hash} onChange={(e) => setHash(e.target.value)} spellCheck={false} autoComplete="off" className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs" />
        </div>
        <button type="submit" className={buttonClass("secondary")} disabled={checking || hash.trim() === ""}>
          {checking ? "Checking…" : "Check hash"}
        </button>
      </form>
      {failure ? <Alert tone="error" title={failure} /> : null}
      {result && result.matches.length === 0 ? (
        <Alert tone="warning" title="No export on record produced this file.">
          It was changed after it was exported, it comes from another system, or it was exported from a location you cannot report on.
        </Alert>
      ) : null}
      {result && result.matches.length > 0 ? (
        <Alert tone="success" title={`Matches ${result.matches.length === 1 ? "an export" : `${result.matches.length} exports`} on record: the file is unchanged.`}>
          <ul className="space-y-2">
            {result.matches.map((m) => (
              <li key={`${m.exportId}-${m.member ?? ""}`}>
                {m.member ? `${m.member} inside ` : ""}
                <span className="font-medium">{m.fileName}</span> ({m.kind}), exported by {m.actorLabel} at {new Date(m.occurredAt).toISOString().replace("T", " ").slice(0, 16)} UTC
                {m.filters.locations?.length ? ` for ${m.filters.locations.map((l) => l.name).join(", ")}` : ""}
                {m.filters.asOf ? `, as of ${m.filters.asOf.replace("T", " ").slice(0, 16)} UTC` : ""}. Export {m.exportId}.
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
