import { authenticatedRoute, authorizeRequest } from "@/lib/auth/guard";
import { problem } from "@/lib/http/problem";
import { evidenceContent, evidenceTarget } from "@/lib/record/data";
import { idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/**
 * Downloads an evidence file: the same authorization as viewing the record it backs, and always as
 * an attachment with its checked type, so a browser never renders it in the app's origin.
 */
export const GET = authenticatedRoute(async (_request, actor, { params }: { params: Promise<{ fileId: string }> }) => {
  const { fileId } = await params;
  const id = idSchema.safeParse(fileId);
  if (!(await authorizeRequest(actor, "record.read", async () => (id.success ? evidenceTarget(id.data) : null), "GET /api/evidence/[fileId]"))) return problem(404, "Not found");
  const file = await evidenceContent(fileId);
  if (!file) return problem(404, "Not found");
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Digest": `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
    },
  });
});
