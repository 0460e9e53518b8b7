import type { AuditAction } from "@/lib/audit/wording";

/**
 * An action code no writer uses, as older data may hold: tests append such events to find them
 * again and to see that an unknown code is stored, filtered and exported like any other.
 */
export const unlistedAction = (code: string) => code as AuditAction;
