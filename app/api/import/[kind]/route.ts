import { authenticatedRoute, authorizeRequest, requestContext, requestLogger } from "@/lib/auth/guard";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { problem } from "@/lib/http/problem";
import { runImport, type ImportEvent, type ImportKind } from "@/lib/import/run";
import { requestLocale } from "@/lib/i18n/request";
import { getLocations } from "@/lib/location/data";
import { idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const KINDS: readonly ImportKind[] = ["people", "training"];

/**
 * POST /api/import/people|training (multipart: file, locationId, commit, allOrNothing): checks or
 * imports a CSV for one location, streaming progress as JSON lines, then the per-row result.
 */
export const POST = authenticatedRoute(async (request, actor, { params }: { params: Promise<{ kind: string }> }) => {
  const { kind } = await params;
  if (!KINDS.includes(kind as ImportKind)) return problem(404, "Not found");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem(400, "Invalid upload", "Send the file as multipart/form-data.");
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
  if (!(file instanceof File) || file.size === 0) return problem(400, "No file", "Choose a CSV file to import.", [{ field: "file", message: "Choose a CSV file." }]);
  if (file.size > MAX_FILE_BYTES) return problem(413, "File too large", `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB (about 5,000 rows).`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const options = {
    commit: form.get("commit") === "true",
    allOrNothing: form.get("allOrNothing") === "true",
    locationId: locationId.data!,
    context: await requestContext(actor),
    locale: await requestLocale(),
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
        if (listening) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      try {
        await runImport(kind as ImportKind, bytes, options, emit);
      } catch (error) {
        // The stream has started (status 200): the result line says what happened. A commit runs in
        // one transaction, so a database lost on the way leaves nothing imported.
        const unavailable = isDatabaseUnavailable(error);
        log[unavailable ? "warn" : "error"]({ err: error, import: kind }, unavailable ? "The database became unavailable during an import" : "An import failed unexpectedly");
        const message = unavailable
          ? "The database is briefly unavailable. Nothing was imported; try again in a few seconds."
          : "Something went wrong and nothing was imported. Try again; if it keeps happening, tell your administrator.";
        emit({ type: "result", ok: false, message, rows: [], counts: { ok: 0, error: 0, duplicate: 0 }, imported: 0 });
      }
      if (listening) controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});
