import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/access/policy";
import type { AuditContext } from "@/lib/audit/mutations";
import { momentAt } from "@/lib/clearance/check";
import { csvStream } from "@/lib/csv/write";
import { newId } from "@/lib/db/ids";
import { intlLocale } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { LocationSummary } from "@/lib/location/data";
import { organizationSettings, type OrganizationSettings } from "@/lib/organization/data";
import { listPeople } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { endAfter } from "@/lib/time/calendar";
import { wallClock, zoneName } from "@/lib/time/zoned";
import { auditChainHead, countSelectedRecords, evidenceContents, selectedRecords, type RecordSelection } from "./data";
import { reportFonts } from "./fonts";
import { recordsPdf, type PdfCover, type PdfSection } from "./pdf";
import { reportEntries, type ReportEntry, type ReportLocation } from "./report";
import { REPORT_COLUMNS, reportCells } from "./report-csv";
import { exportResponse, type ExportFile } from "./response";
import { EXPORT_FORMATS, RECORD_STATUSES, type RecordExportQuery } from "./schema";
import { recordCountText, timesIn } from "./wording";
import { zipStream, type ZipMember } from "./zip";

/**
 * PDFs are laid out in memory and bundles carry every evidence file: both are bounded, by the rows
 * the report prints (a record once per exported location of its person), which is what the layout
 * holds. The ZIP carries that same report.
 */
export const DOCUMENT_MAX_ROWS = 5_000;
const EVIDENCE_BATCH_BYTES = 32 * 1024 * 1024;

type Prepared = {
  selection: RecordSelection;
  settings: OrganizationSettings;
  filters: Record<string, unknown>;
  described: [string, string][];
  locations: LocationSummary[];
  /** The exported locations by id, with the zone their times are read in. */
  zones: ReadonlyMap<string, ReportLocation>;
};

/** The query resolved against the organization's clock and named for people to read. */
export async function prepareRecordsExport(query: RecordExportQuery, locations: LocationSummary[]): Promise<Prepared> {
  const settings = await organizationSettings();
  const tz = settings.timeZone;
  const asOf = momentAt(query.asOfDate || undefined, query.asOfTime || undefined, tz);
  const [tasks, people] = await Promise.all([listTasks({ includeRetired: true }), query.person.length ? listPeople(locations.map((l) => l.id)) : []]);
  const named = <T extends { id: string; name: string }>(all: T[], ids: string[]) => ids.map((id) => ({ id, name: all.find((x) => x.id === id)?.name ?? id }));
  const selection: RecordSelection = {
    locationIds: locations.map((l) => l.id),
    personIds: query.person,
    taskIds: query.task,
    kinds: query.kind,
    status: query.status,
    completedFrom: query.completedFrom ?? null,
    completedBefore: endAfter(query.completedTo ?? null),
    asOf,
    asOfDate: wallClock(asOf, tz).date,
  };
  const wall = wallClock(asOf, tz);
  const filters = {
    locations: locations.map((l) => ({ id: l.id, name: l.name })),
    people: named(people, query.person),
    tasks: named(tasks, query.task),
    kinds: query.kind,
    status: query.status,
    completedFrom: query.completedFrom,
    completedTo: query.completedTo,
    asOf: asOf.toISOString(),
    format: query.format,
    ...(query.format === "csv" ? { bom: query.bom } : {}),
  };
  const names = (items: { name: string }[], none: string) => (items.length ? items.map((i) => i.name).join(", ") : none);
  const described: [string, string][] = [
    ["Locations", names(filters.locations, "All")],
    ["People", names(filters.people, "Everyone at these locations")],
    ["Tasks", names(filters.tasks, "All tasks")],
    ["Kinds", query.kind.length ? query.kind.join(", ") : "Training, competency and certification"],
    ["Status", RECORD_STATUSES[query.status]],
    ["Completed", query.completedFrom || query.completedTo ? `${query.completedFrom ?? "any date"} to ${query.completedTo ?? "any date"}` : "Any date"],
    ["As of", `${wall.date} ${wall.time} (${zoneName(tz, asOf)})`],
    ["Format", EXPORT_FORMATS[query.format]],
  ];
  const zones = new Map(locations.map((l) => [l.id, { id: l.id, name: l.name, timeZone: l.timeZone }]));
  return { selection, settings, filters, described, locations, zones };
}

/** Records the export will hold, CSV rows (one per location and task a record covers) and rows of the PDF report (one per location a record is listed at). */
export function countRecords(prepared: Prepared): Promise<{ records: number; rows: number; documentRows: number }> {
  return countSelectedRecords(prepared.selection);
}

/**
 * Produces the export as a streamed download: CSV straight from the database a page at a time;
 * PDF and ZIP within DOCUMENT_MAX_ROWS (refused beyond that with a message in `locale`, before
 * anything is sent or recorded). The route has already checked the locations against the actor's reach.
 */
export async function recordsExport(query: RecordExportQuery, prepared: Prepared, actor: Actor, context: AuditContext, locale: Locale = DEFAULT_LOCALE): Promise<{ ok: true; response: Response } | { ok: false; message: string }> {
  const exportId = newId();
  const stamp = wallClock(new Date(), prepared.settings.timeZone).date;
  const base = `cleared-records-${stamp}-${exportId.slice(0, 8)}`;
  const file = (kind: string, extension: string, contentType: string): ExportFile => ({ exportId, kind, fileName: `${base}.${extension}`, contentType, filters: prepared.filters });

  if (query.format === "csv") {
    const body = csvStream(REPORT_COLUMNS, csvRows(prepared), { bom: query.bom });
    return { ok: true, response: exportResponse(file("records.csv", "csv", "text/csv; charset=utf-8"), body, context) };
  }
  const { records: count, documentRows } = await countRecords(prepared);
  if (documentRows > DOCUMENT_MAX_ROWS) {
    const number = new Intl.NumberFormat(intlLocale(locale));
    return { ok: false, message: translatorFor(locale, "reports")("export.tooMany", { rows: number.format(documentRows), count: number.format(count), limit: number.format(DOCUMENT_MAX_ROWS) }) };
  }
  const cover = await coverFor(prepared, actor, exportId, count);
  if (query.format === "pdf") {
    const pdf = await recordsPdf(cover, await sectionsFor(prepared), await reportFonts());
    return { ok: true, response: exportResponse(file("records.pdf", "pdf", "application/pdf"), single(pdf), context) };
  }
  const zip = file("records.zip", "zip", "application/zip");
  zip.members = [];
  const body = zipStream(hashed(bundleMembers(prepared, cover, zip.members), zip.members), new Date());
  return { ok: true, response: exportResponse(zip, body, context) };
}

async function* entries(prepared: Prepared, selection: RecordSelection = prepared.selection): AsyncGenerator<ReportEntry> {
  for await (const page of selectedRecords(selection)) {
    const entriesOf = reportEntries(page.facts, prepared.zones, selection.asOf, selection.asOfDate);
    for (const record of page.records) yield* entriesOf(record);
  }
}

async function* csvRows(prepared: Prepared): AsyncGenerator<unknown[]> {
  for await (const entry of entries(prepared)) yield* reportCells(entry);
}

async function coverFor(prepared: Prepared, actor: Actor, exportId: string, recordCount: number): Promise<PdfCover> {
  const head = await auditChainHead();
  const now = new Date();
  const wall = wallClock(now, prepared.settings.timeZone);
  return {
    title: "Competency records",
    organization: prepared.settings.name,
    filters: prepared.described,
    generatedAt: `${wall.date} ${wall.time} ${zoneName(prepared.settings.timeZone, now)}`,
    generatedBy: `${actor.name} (${actor.email})`,
    chainHead: head ? `event #${head.seq}, hash ${head.hash}` : "no events yet",
    exportId,
    recordCount,
  };
}

/** A table per location: everyone who works there, in name order, each location's times on its own clock. */
async function sectionsFor(prepared: Prepared): Promise<PdfSection[]> {
  const sections: PdfSection[] = [];
  const now = new Date();
  for (const location of prepared.locations) {
    const list: ReportEntry[] = [];
    for await (const entry of entries(prepared, { ...prepared.selection, locationIds: [location.id] })) list.push(entry);
    const records = new Set(list.map((e) => e.record.lineageId)).size;
    sections.push({ title: location.name, subtitle: `${location.address} · ${location.state} · ${recordCountText(records)} · ${timesIn(location.timeZone, zoneName(location.timeZone, now))}`, entries: list });
  }
  return sections;
}

const safeName = (name: string) => name.replace(/[^\w. -]+/g, "_").replace(/^[. ]+/, "").slice(0, 100) || "file";

/**
 * The bundle: the CSV, the PDF report, every evidence file the records list (fetched in batches
 * by size), and a manifest naming each file with its SHA-256, so any file taken out of the bundle
 * can be checked on its own.
 */
async function* bundleMembers(prepared: Prepared, cover: PdfCover, members: NonNullable<ExportFile["members"]>): AsyncGenerator<ZipMember> {
  const evidence: { id: string; path: string; bytes: number }[] = [];
  const seen = new Set<string>();
  const sections = await sectionsFor(prepared);
  for (const section of sections) {
    for (const { record } of section.entries) {
      for (const e of record.evidence) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        evidence.push({ id: e.id, path: `evidence/${safeName(record.person.name)}/${record.lineageId}-${safeName(e.name)}`, bytes: e.bytes });
      }
    }
  }
  yield { name: "records.csv", content: chunksOf(csvStream(REPORT_COLUMNS, csvRows(prepared), { bom: true })), compress: true };
  yield { name: "records.pdf", content: await recordsPdf(cover, sections, await reportFonts()), compress: false };
  for (let start = 0; start < evidence.length; ) {
    let end = start;
    let size = 0;
    while (end < evidence.length && (end === start || size + evidence[end]!.bytes <= EVIDENCE_BATCH_BYTES)) size += evidence[end++]!.bytes;
    const batch = evidence.slice(start, end);
    const contents = await evidenceContents(batch.map((e) => e.id));
    for (const e of batch) {
      const bytes = contents.get(e.id);
      if (bytes) yield { name: e.path, content: bytes, compress: false };
    }
    start = end;
  }
  const manifest = {
    format: "cleared-export-bundle/1",
    exportId: cover.exportId,
    organization: cover.organization,
    generatedAt: cover.generatedAt,
    generatedBy: cover.generatedBy,
    auditChainHead: cover.chainHead,
    filters: prepared.filters,
    files: members.map((m) => ({ name: m.name, sha256: m.sha256, bytes: m.bytes })),
    note: "The SHA-256 of this ZIP and of every file listed here is recorded in Cleared's audit trail.",
  };
  yield { name: "manifest.json", content: new TextEncoder().encode(JSON.stringify(manifest, null, 2)), compress: true };
}

/** Records each member's SHA-256 and size as it passes into the archive: the manifest lists them, the audit event too. */
async function* hashed(members: AsyncIterable<ZipMember>, into: NonNullable<ExportFile["members"]>): AsyncGenerator<ZipMember> {
  for await (const member of members) {
    const hash = createHash("sha256");
    let bytes = 0;
    const entry = { name: member.name, sha256: "", bytes: 0 };
    const finish = () => {
      entry.sha256 = hash.digest("hex");
      entry.bytes = bytes;
      into.push(entry);
    };
    if (member.content instanceof Uint8Array) {
      hash.update(member.content);
      bytes = member.content.length;
      finish();
      yield member;
      continue;
    }
    const source = member.content;
    yield {
      ...member,
      content: (async function* () {
        for await (const chunk of source) {
          hash.update(chunk);
          bytes += chunk.length;
          yield chunk;
        }
        finish();
      })(),
    };
  }
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) return;
    yield next.value;
  }
}

function single(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
