import { z } from "zod";
import { momentFields } from "@/lib/clearance/schema";
import { say } from "@/lib/i18n/said";
import { checkbox, idList, optionalDateOnly } from "@/lib/validation/fields";

export const RECORD_KINDS = ["training", "competency", "certification"] as const;
export const RECORD_STATUSES = { all: "Any status", current: "Current (not expired)", expiring: "Expiring within 90 days", expired: "Expired" } as const;
export const EXPORT_FORMATS = { csv: "CSV (one row per location, person, task and record)", pdf: "PDF report (a table per location)", zip: "ZIP bundle (CSV, PDF report and evidence files)" } as const;

/**
 * The competency-records export, as query parameters (the download is a GET so it can stream):
 * repeated keys for lists, dates on the organization's clock, and an "as of" moment (default now).
 */
export const recordExportSchema = z
  .object({
    location: idList("locations", { max: 200 }),
    person: idList("people", { max: 500 }),
    task: idList("tasks", { max: 100 }),
    kind: z
      .union([z.enum(RECORD_KINDS), z.array(z.enum(RECORD_KINDS))], { error: say("export.field.kinds") })
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
    status: z.enum(Object.keys(RECORD_STATUSES) as [keyof typeof RECORD_STATUSES], { error: say("export.field.status") }).default("all"),
    completedFrom: optionalDateOnly("forms.label.completedFrom"),
    completedTo: optionalDateOnly("forms.label.completedTo"),
    asOfDate: momentFields.date,
    asOfTime: momentFields.time,
    format: z.enum(Object.keys(EXPORT_FORMATS) as [keyof typeof EXPORT_FORMATS], { error: say("export.field.format") }).default("csv"),
    bom: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.completedFrom && v.completedTo && v.completedTo < v.completedFrom) {
      ctx.addIssue({ code: "custom", path: ["completedTo"], message: say("export.field.completedOrder") });
    }
    if (v.asOfTime && !v.asOfDate) ctx.addIssue({ code: "custom", path: ["asOfDate"], message: say("export.field.asOfDate") });
  });

export type RecordExportQuery = z.output<typeof recordExportSchema>;

/** Checking a file against the exports on record, by its SHA-256 (computed in the browser). */
export const exportLookupSchema = z.object({
  sha256: z
    .string({ error: say("export.field.sha256Required") })
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, say("export.field.sha256Format")),
});
