import { authenticatedRoute, authorizeRequest, recordDenied } from "@/lib/auth/guard";
import { problem } from "@/lib/http/problem";
import { noticeLink } from "@/lib/notification/data";
import { markRead } from "@/lib/notification/mutations";
import { deliveryIdSchema, noticeLinkSchema } from "@/lib/notification/schema";

export const dynamic = "force-dynamic";

const ENTRY = "GET /notifications/[noticeId]/open";

/**
 * Opens one of the user's own notices: marks it read and goes to the page that fixes it. Only the
 * path stored with the notice is followed, and only when it is a path inside the app; another
 * user's notice is not found.
 */
export const GET = authenticatedRoute(async (_request, actor, { params }: { params: Promise<{ noticeId: string }> }) => {
  const { noticeId } = await params;
  if (!(await authorizeRequest(actor, "account.manage_own", async () => ({ kind: "self" }), ENTRY))) return problem(404, "Not found");
  const id = deliveryIdSchema.safeParse(noticeId);
  const link = id.success ? await noticeLink(actor.userId, id.data) : null;
  if (!id.success || link === null) {
    await recordDenied(actor, "account.manage_own", null, ENTRY);
    return problem(404, "Not found");
  }
  await markRead(actor.userId, [id.data]);
  const safe = noticeLinkSchema.safeParse(link);
  return new Response(null, { status: 303, headers: { Location: safe.success ? safe.data : "/notifications", "Cache-Control": "private, no-store" } });
});
