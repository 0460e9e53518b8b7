import { verifyAuditChain } from "@/lib/audit/data";
import { describeBreak } from "@/lib/audit/chain";
import { headStatement } from "@/lib/audit/head";
import { authenticatedRoute, authorizeRequest, requestContext } from "@/lib/auth/guard";
import { newId } from "@/lib/db/ids";
import { exportResponse } from "@/lib/export/response";
import { problem } from "@/lib/http/problem";
import { organizationSettings } from "@/lib/organization/data";

export const dynamic = "force-dynamic";

/**
 * GET /api/audit/head: the chain head as a small JSON statement to keep outside the database. The
 * chain is verified first: a head taken from a trail that is already broken would vouch for it.
 */
export const GET = authenticatedRoute(async (_request, actor) => {
  if (!(await authorizeRequest(actor, "audit.verify", async () => ({ kind: "organization" }), "GET /api/audit/head"))) return problem(404, "Not found");
  const [check, organization] = await Promise.all([verifyAuditChain(), organizationSettings()]);
  if (check.firstBreak) return problem(409, "The audit chain is broken", `${describeBreak(check.firstBreak)} No head is exported for a broken chain.`);
  const statement = headStatement({ organization: { id: organization.id, name: organization.name }, check, generatedAt: new Date(), generatedBy: actor.email });
  return exportResponse(
    { exportId: newId(), kind: "audit-head.json", fileName: `cleared-audit-head-${statement.lastSeq}.json`, contentType: "application/json; charset=utf-8", filters: { lastSeq: statement.lastSeq, headHash: statement.headHash } },
    new Blob([`${JSON.stringify(statement, null, 2)}\n`]).stream(),
    await requestContext(actor),
  );
}, { limit: "export" });
