import { endOfLocalDay, startOfLocalDay } from "@/lib/time/zoned";
import type { AuditFilter } from "./schema";

/** Filters as the database query takes them: calendar days turned into instants. */
export type AuditQuery = {
  actor: string | null;
  action: string | null;
  entityType: string | null;
  entityId: string | null;
  personId: string | null;
  /** Inclusive. */
  from: Date | null;
  /** Exclusive: midnight after the last day asked for. */
  until: Date | null;
};

/** The days are the organization's, so "March 14" means the same day a person there lived through. */
export function auditQuery(filter: AuditFilter, timeZone: string): AuditQuery {
  return {
    actor: filter.actor,
    action: filter.action,
    entityType: filter.entityType,
    entityId: filter.entityId,
    personId: filter.person,
    from: filter.from ? startOfLocalDay(filter.from, timeZone) : null,
    until: filter.to ? endOfLocalDay(filter.to, timeZone) : null,
  };
}

/**
 * The filters in use, as query-string parameters: for links that keep them (older page, CSV) and
 * for the export's audit event, which records exactly what was asked for.
 */
export function activeFilters(filter: AuditFilter): Record<string, string> {
  const active: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) if (value) active[key] = value;
  return active;
}
