import { authorizeRequest, recordDenied } from "@/lib/auth/guard";
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
export async function GET(_request: Request, { params }: { params: Promise<{ noticeId: string }> }) {
  const { noticeId } = await params;
  const access = await authorizeRequest("account.manage_own", async () => ({ kind: "self" }), ENTRY);
  if (!access.ok) return access.status === 401 ? problem(401, "Not signed in") : problem(404, "Not found");
  const id = deliveryIdSchema.safeParse(noticeId);
  const link = id.success ? await noticeLink(access.actor.userId, id.data) : null;
  if (!id.success || link === null) {
    await recordDenied(access.actor, "account.manage_own", null, ENTRY);
    return problem(404, "Not found");
  }
  await markRead(access.actor.userId, [id.data]);
  const safe = noticeLinkSchema.safeParse(link);
  return new Response(null, { status: 303, headers: { Location: safe.success ? safe.data : "/notifications", "Cache-Control": "private, no-store" } });
}
