import "server-only";
import { createHash } from "node:crypto";
import type { AuditContext } from "@/lib/audit/mutations";
import { logger } from "@/lib/log/logger";
import { recordExport, type ExportRecord } from "./mutations";

export type ExportFile = {
  exportId: string;
  /** What was exported ("records.csv", "as-of.csv", "audit-events.csv"…), for the audit event. */
  kind: string;
  fileName: string;
  contentType: string;
  filters: Record<string, unknown>;
  /** Rows the file will hold, when known up front: the client shows progress against it. */
  expectedRows?: number;
  /** Filled in by the producer as it goes (bundle manifests). */
  members?: ExportRecord["members"];
};

/**
 * Sends an export as it is produced, hashing every byte on the way out. When the last byte has been
 * produced, the SHA-256 of the whole file is written to the audit trail before the download ends,
 * so the log always knows the exact file a person received. A cancelled or failed export is logged
 * too, with what had been sent.
 */
export function exportResponse(file: ExportFile, body: ReadableStream<Uint8Array>, context: AuditContext): Response {
  const hash = createHash("sha256");
  const reader = body.getReader();
  let bytes = 0;
  let cancelled = false;
  const record = (sha256: string | null): ExportRecord => ({ exportId: file.exportId, kind: file.kind, fileName: file.fileName, filters: file.filters, sha256, bytes, ...(file.members ? { members: file.members } : {}) });
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          await recordExport(context, "export.completed", record(hash.digest("hex")));
          controller.close();
          return;
        }
        hash.update(next.value);
        bytes += next.value.length;
        controller.enqueue(next.value);
      } catch (error) {
        // A read interrupted by the person cancelling is not a failure; cancel() logs it.
        if (cancelled) return;
        logger.error({ err: error, export: file.kind, exportId: file.exportId }, "An export failed while it was being sent");
        await recordExport(context, "export.failed", record(null)).catch(() => {});
        controller.error(error);
      }
    },
    async cancel(reason) {
      cancelled = true;
      await reader.cancel(reason).catch(() => {});
      await recordExport(context, "export.cancelled", record(null));
    },
  });
  const ascii = file.fileName.replace(/[^\w.-]/g, "_");
  return new Response(stream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Export-Id": file.exportId,
      ...(file.expectedRows === undefined ? {} : { "X-Export-Rows": String(file.expectedRows) }),
    },
  });
}
