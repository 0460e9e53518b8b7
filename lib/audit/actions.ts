"use server";

import { authorizedAction } from "@/lib/auth/action-client";
import { fail, ok } from "@/lib/errors/app-error";
import { organizationSettings } from "@/lib/organization/data";
import { chainPosition, verifyAuditChain } from "./data";
import { compareHead, describeHeadComparison, readHeadStatement, type HeadReport } from "./head";
import { verifyHeadSchema } from "./schema";

const organization = () => ({ kind: "organization" as const });

/** Checks the trail against a head saved earlier. Reads only: an auditor changes nothing here. */
export const verifyAuditHeadAction = authorizedAction("verifyAuditHeadAction", { permission: "audit.verify", input: verifyHeadSchema, target: organization }, async ({ input }) => {
  const read = readHeadStatement(input.statement);
  if (read.kind === "invalid") return fail("VALIDATION", read.message, { statement: read.message });
  if (read.kind === "altered") return ok<HeadReport>(describeHeadComparison({ status: "statement_altered" }));
  const [check, atLastSeq, { id }] = await Promise.all([verifyAuditChain(), chainPosition(read.statement.lastSeq), organizationSettings()]);
  return ok<HeadReport>(describeHeadComparison(compareHead(read.statement, { organizationId: id, check, atLastSeq })));
});
