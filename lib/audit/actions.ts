"use server";

import { authorizedAction } from "@/lib/auth/action-client";
import { fail, ok } from "@/lib/errors/app-error";
import { localize } from "@/lib/i18n/localize";
import { requestLocale } from "@/lib/i18n/request";
import { checkHeadStatement } from "./data";
import type { HeadReport } from "./head";
import { verifyHeadSchema } from "./schema";

const organization = () => ({ kind: "organization" as const });

/** Checks the trail against a head saved earlier. Reads only: an auditor changes nothing here. */
export const verifyAuditHeadAction = authorizedAction("verifyAuditHeadAction", { permission: "audit.verify", input: verifyHeadSchema, target: organization }, async ({ input }) => {
  const result = await checkHeadStatement(input.statement);
  if (!result.ok) return fail("VALIDATION", result.message, { statement: result.message });
  // The report is data, not the action's message: worded here for the auditor who reads it.
  const locale = await requestLocale();
  return ok<HeadReport>({ ...result.report, title: localize(result.report.title, locale), detail: localize(result.report.detail, locale) });
});
