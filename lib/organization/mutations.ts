import { prisma } from "@/lib/db/client";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import type { SsoSettingsInput } from "./schema";

/**
 * Saves the single sign-on switches with their audit event. "Single sign-on only" is refused while
 * no provider is configured: it would send everyone but admins to a button that is not there. The
 * check of the values the form was shown and the write are one statement, so two admins saving at
 * once cannot both win.
 */
export async function saveSsoSettings(input: SsoSettingsInput, ssoConfigured: boolean, context: AuditContext): Promise<Outcome> {
  if (input.ssoOnly && !ssoConfigured) {
    return fail("REFUSED", say("organization.outcome.ssoNotConfigured"), { ssoOnly: say("organization.outcome.configureFirst") });
  }
  return prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({ select: { id: true, timeZone: true, ssoCreatesUsers: true, ssoOnly: true } });
    if (!organization) return fail("NOT_FOUND");
    const before = { ssoCreatesUsers: organization.ssoCreatesUsers, ssoOnly: organization.ssoOnly };
    const after = { ssoCreatesUsers: input.ssoCreatesUsers, ssoOnly: input.ssoOnly };
    if (before.ssoCreatesUsers === after.ssoCreatesUsers && before.ssoOnly === after.ssoOnly) return ok(undefined, say("organization.outcome.nothingChanged"));
    const updated = await tx.organization.updateMany({ where: { id: organization.id, ssoCreatesUsers: input.seenCreatesUsers, ssoOnly: input.seenSsoOnly }, data: after });
    if (updated.count !== 1) return fail("STALE", await staleMessage(tx, "Organization", organization.id, organization.timeZone));
    await appendAuditEvent(tx, context, { action: "organization.sso_settings", entityType: "Organization", entityId: organization.id, before, after });
    return ok(undefined, say("organization.outcome.saved"));
  });
}
