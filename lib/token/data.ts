import "server-only";
import { prisma } from "@/lib/db/client";

const LISTED = { id: true, name: true, prefix: true, scopes: true, locationIds: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdBy: true, createdAt: true } as const;

/** Every token, newest first, for the admin list (never the hash). */
export async function listTokens() {
  return prisma.apiToken.findMany({ orderBy: { createdAt: "desc" }, select: LISTED });
}
export type TokenSummary = Awaited<ReturnType<typeof listTokens>>[number];

/** The token a secret belongs to, by its hash (the unique index makes this one lookup per call). */
export async function findTokenByHash(secretHash: string) {
  return prisma.apiToken.findUnique({ where: { secretHash }, select: LISTED });
}
