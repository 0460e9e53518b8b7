import { prisma } from "@/lib/db/client";
import type { AuditContext } from "@/lib/audit/mutations";
import type { Decision } from "./decide";

export type DecisionSource = "check" | "overview" | "api";

/**
 * Writes what the system said, as it was shown, to the append-only decision log: one statement for
 * any number of answers.
 */
export async function logDecisions(context: AuditContext, decisions: readonly Decision[], source: DecisionSource): Promise<void> {
  if (decisions.length === 0) return;
  await prisma.decisionLog.createMany({
    data: decisions.map((d) => ({
      askedByUserId: context.actorUserId,
      askedByLabel: context.actorLabel,
      personId: d.request.personId,
      taskId: d.request.taskId,
      locationId: d.request.locationId,
      moment: new Date(d.request.moment),
      answer: d.answer,
      breakdown: JSON.parse(JSON.stringify(d)),
      engineVersion: d.engineVersion,
      source,
    })),
  });
}
