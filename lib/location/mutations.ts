import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import type { LocationInput } from "./schema";

/**
 * Creates or edits a location. Changing its state changes which law applies from then on; past
 * answers were made with the rules of the state on record then (the audit trail keeps the change).
 */
export async function saveLocation(input: LocationInput, context: AuditContext, timeZone: string): Promise<Outcome<{ id: string }>> {
  const { locationId, version, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      if (!locationId) {
        const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
        const created = await tx.location.create({ data: { ...fields, organizationId: organization.id }, select: { id: true } });
        await appendAuditEvent(tx, context, { action: "location.create", entityType: "Location", entityId: created.id, locationId: created.id, after: fields });
        return ok({ id: created.id }, "Location added.");
      }
      const before = await tx.location.findUnique({ where: { id: locationId }, select: { name: true, address: true, state: true, timeZone: true } });
      if (!before) return fail("NOT_FOUND");
      const updated = await tx.location.updateMany({ where: { id: locationId, version: version ?? 0 }, data: { ...fields, version: { increment: 1 } } });
      if (updated.count !== 1) return fail("STALE", await staleMessage(tx, "Location", locationId, timeZone));
      await appendAuditEvent(tx, context, { action: "location.update", entityType: "Location", entityId: locationId, locationId, before, after: fields });
      return ok({ id: locationId }, "Location saved.");
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("CONFLICT", undefined, { name: "Another location has this name." });
    throw error;
  }
}
