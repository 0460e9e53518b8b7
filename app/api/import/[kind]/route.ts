import { authenticatedRoute, authorizeRequest, requestContext, requestLogger } from "@/lib/auth/guard";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { problem } from "@/lib/http/problem";
import { runImport, type ImportEvent, type ImportKind } from "@/lib/import/run";
import { intlLocale } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";
import { getLocations } from "@/lib/location/data";
import { idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const KINDS: readonly ImportKind[] = ["people", "training"];

/** A size in megabytes with one decimal, as the language writes it ("6.2" / "6,2"). */
function megabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(bytes / 1024 / 1024);
}

/** The result's messages (the file's problems, each row's) in the reader's language: the checks say them. */
function worded(event: ImportEvent, locale: Locale): ImportEvent {
  if (event.type !== "result") return event;
  return { ...event, message: localize(event.message, locale), rows: event.rows.map((r) => ({ ...r, messages: r.messages.map((m) => localize(m, locale)) })) };
}

/**
 * POST /api/import/people|training (multipart: file, locationId, commit, allOrNothing): checks or
 * imports a CSV for one location, streaming progress as JSON lines, then the per-row result.
 */
export const POST = authenticatedRoute(async (request, actor, { params }: { params: Promise<{ kind: string }> }) => {
  const { kind } = await params;
  if (!KINDS.includes(kind as ImportKind)) return problem(404, "Not found");
  const locale = await requestLocale(actor);
  const t = translatorFor(locale, "imports");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem(400, "Invalid upload", t("upload.multipart"));
  }
  const locationId = idSchema.safeParse(form.get("locationId"));
  const allowed = await authorizeRequest(
    actor,
    "import.run",
    async () => (locationId.success && (await getLocations([locationId.data])).length === 1 ? { kind: "location", locationId: locationId.data } : null),
    `POST /api/import/[kind]`,
  );
  if (!allowed) return problem(404, "Not found");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return problem(400, "No file", t("upload.noFile"), [{ field: "file", message: t("upload.noFileField") }]);
  if (file.size > MAX_FILE_BYTES) return problem(413, "File too large", t("upload.tooLarge", { size: megabytes(file.size, locale) }));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const options = {
    commit: form.get("commit") === "true",
    allOrNothing: form.get("allOrNothing") === "true",
    locationId: locationId.data!,
    context: await requestContext(actor),
    locale,
  };
  const encoder = new TextEncoder();
  const log = await requestLogger();
  // A reader that goes away (a closed tab) stops hearing progress, not the import: once started it
  // finishes or rolls back on its own terms.
  let listening = true;
  const stream = new ReadableStream<Uint8Array>({
    cancel() {
      listening = false;
    },
    async start(controller) {
      const emit = (event: ImportEvent) => {
        if (listening) controller.enqueue(encoder.encode(`${JSON.stringify(worded(event, locale))}\n`));
      };
      try {
        await runImport(kind as ImportKind, bytes, options, emit);
      } catch (error) {
        // The stream has started (status 200): the result line says what happened. A commit runs in
        // one transaction, so a database lost on the way leaves nothing imported.
        const unavailable = isDatabaseUnavailable(error);
        log[unavailable ? "warn" : "error"]({ err: error, import: kind }, unavailable ? "The database became unavailable during an import" : "An import failed unexpectedly");
        const message = t(unavailable ? "upload.unavailable" : "upload.failed");
        emit({ type: "result", ok: false, message, rows: [], counts: { ok: 0, error: 0, duplicate: 0 }, imported: 0 });
      }
      if (listening) controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});
