"use client";

import { useRef, useState } from "react";
import { TaskOptionGroups } from "@/components/clearance/task-options";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import type { TaskCategory } from "@/lib/clearance/facts";
import { EXPORT_FORMATS, RECORD_KINDS, RECORD_STATUSES } from "@/lib/export/schema";
import { DownloadFailed, fetchJson, megabytes, sha256Hex, streamDownload } from "./browser-files";

type Option = { id: string; name: string };
type Task = Option & { category: TaskCategory; parentId: string | null; retired: boolean };
type Progress = { bytes: number; lines: number };
type Expected = { records: number; rows: number };
type Done = { fileName: string; size: number; expected: Expected | null; sha256: string | null; exportId: string | null };

const KIND_LABELS = { training: "Training", competency: "Competency", certification: "Certification" } as const;

/**
 * The export form. The download is followed by the page: it shows how many records will come, the
 * progress while they arrive, lets the person cancel, and shows the SHA-256 the audit trail holds.
 */
export function RecordsExportForm({ locations, people, tasks, zoneLabel }: { locations: Option[]; people: Option[]; tasks: Task[]; zoneLabel: string }) {
  const form = useRef<HTMLFormElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [format, setFormat] = useState<keyof typeof EXPORT_FORMATS>("csv");
  const [expected, setExpected] = useState<Expected | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const query = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form.current!)) if (typeof value === "string" && value !== "") params.append(key, value);
    return params.toString();
  };

  const report = (error: unknown) => {
    if (error instanceof DOMException && error.name === "AbortError") return setFailure("Export cancelled. Nothing was saved; the cancellation is in the audit trail.");
    if (error instanceof DownloadFailed) {
      setErrors(Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, e.message])));
      return setFailure(error.problem.detail ?? error.problem.title);
    }
    setFailure("The connection was lost before the export finished. Nothing was saved; try again.");
  };

  async function run() {
    setErrors({});
    setFailure(null);
    setDone(null);
    setProgress(null);
    setExpected(null);
    setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const { count, rows, documentLimit } = await fetchJson<{ count: number; rows: number; documentLimit: number }>(`/api/export/records/count?${query()}`, controller.signal);
      setExpected({ records: count, rows });
      if (format !== "csv" && count > documentLimit) {
        setFailure(`${count.toLocaleString("en-US")} records match. PDF reports and ZIP bundles hold up to ${documentLimit.toLocaleString("en-US")}: narrow the filters or export CSV.`);
        return;
      }
      const file = await streamDownload(`/api/export/records?${query()}`, controller.signal, setProgress);
      setDone({ fileName: file.fileName, size: file.blob.size, expected: format === "csv" ? { records: count, rows } : null, sha256: await sha256Hex(file.blob), exportId: file.exportId });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
      abort.current = null;
    }
  }

  const rowsReceived = progress ? Math.max(0, progress.lines - 1) : 0;
  return (
    <form
      ref={form}
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void run();
      }}
    >
      <ChoiceGroup legend="Locations" name="location" hint="None ticked: every location you can report on." error={errors.location}>
        {locations.map((l) => (
          <Choice key={l.id} name="location" value={l.id} label={l.name} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="People" name="person" multiple size={Math.min(8, Math.max(3, people.length))} hint="None selected: everyone at the locations. Ctrl or ⌘ to pick several." error={errors.person}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Tasks" name="task" multiple size={8} hint="None selected: records for any task." error={errors.task}>
          <TaskOptionGroups tasks={tasks} />
        </SelectField>
      </div>
      <ChoiceGroup legend="Kinds of record" name="kind" hint="None ticked: all three." error={errors.kind}>
        {RECORD_KINDS.map((k) => (
          <Choice key={k} name="kind" value={k} label={KIND_LABELS[k]} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Status" name="status" defaultValue="all" error={errors.status}>
          {Object.entries(RECORD_STATUSES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField label="Completed from" name="completedFrom" type="date" error={errors.completedFrom} />
        <TextField label="Completed to" name="completedTo" type="date" error={errors.completedTo} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">As of ({zoneLabel})</legend>
        <TextField label="Date" name="asOfDate" type="date" hint="Empty: now. Records as they were known then, with their status then." error={errors.asOfDate} />
        <TextField label="Time" name="asOfTime" type="time" error={errors.asOfTime} />
      </fieldset>
      <ChoiceGroup legend="Format" name="format" error={errors.format}>
        {Object.entries(EXPORT_FORMATS).map(([value, label]) => (
          <Choice key={value} type="radio" name="format" value={value} label={label} checked={format === value} onChange={() => setFormat(value as keyof typeof EXPORT_FORMATS)} />
        ))}
      </ChoiceGroup>
      {format === "csv" ? <Choice name="bom" value="on" label="For Excel: start the file with a byte-order mark (keeps accented names readable)" defaultChecked /> : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")} disabled={busy}>
          {busy ? "Exporting…" : "Export"}
        </button>
        {busy ? (
          <button type="button" className={buttonClass("secondary")} onClick={() => abort.current?.abort()}>
            Cancel export
          </button>
        ) : null}
      </div>

      {busy ? (
        <div className="space-y-1" aria-live="polite">
          <label htmlFor="export-progress" className="text-sm">
            {expected === null
              ? "Counting records…"
              : format === "csv"
                ? `${Math.min(rowsReceived, expected.rows).toLocaleString("en-US")} of ${expected.rows.toLocaleString("en-US")} rows received`
                : `Preparing ${expected.records.toLocaleString("en-US")} records${progress ? `: ${megabytes(progress.bytes)} received` : "…"}`}
          </label>
          <progress id="export-progress" className="block h-2 w-full max-w-md" max={format === "csv" && expected ? expected.rows : undefined} value={format === "csv" && expected ? Math.min(rowsReceived, expected.rows) : undefined} />
        </div>
      ) : null}
      {failure ? <Alert tone="error" title={failure} /> : null}
      {done ? (
        <Alert tone="success" title={`Downloaded ${done.fileName}`}>
          <p>
            {done.expected ? `${done.expected.rows.toLocaleString("en-US")} rows from ${done.expected.records.toLocaleString("en-US")} records, ` : ""}
            {megabytes(done.size)}. Export {done.exportId} is in the audit trail with this file&apos;s SHA-256
            {done.sha256 ? ":" : "."}
          </p>
          {done.sha256 ? <code className="block break-all font-mono text-xs">{done.sha256}</code> : null}
        </Alert>
      ) : null}
    </form>
  );
}
