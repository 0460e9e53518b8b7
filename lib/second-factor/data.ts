import "server-only";
import { prisma } from "@/lib/db/client";
import { decryptSecret } from "./crypto";

export type FactorStatus = {
  enrolled: boolean;
  confirmedAt: string | null;
  recoveryCodesLeft: number;
};

/** What the account page and the admin's user page show about a user's second factor. */
export async function factorStatus(userId: string): Promise<FactorStatus> {
  const [factor, recoveryCodesLeft] = await Promise.all([
    prisma.secondFactor.findUnique({ where: { userId }, select: { secret: true, confirmedAt: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const enrolled = Boolean(factor?.secret && factor.confirmedAt);
  return { enrolled, confirmedAt: enrolled ? factor!.confirmedAt!.toISOString() : null, recoveryCodesLeft: enrolled ? recoveryCodesLeft : 0 };
}

/** The secret being set up, readable, for the QR code; null when none is pending (or unreadable). */
export async function pendingSecret(userId: string): Promise<string | null> {
  const factor = await prisma.secondFactor.findUnique({ where: { userId }, select: { pendingSecret: true } });
  return factor?.pendingSecret ? decryptSecret(factor.pendingSecret) : null;
}
