import type { ExportedRecord } from "@/lib/export/records";

/** A validated venipuncture competency as the export reads it, for the report and PDF tests. */
export function makeRecord(overrides: Partial<ExportedRecord> = {}): ExportedRecord {
  return {
    lineageId: "rec1",
    version: 1,
    person: { id: "anh", name: "Nguyễn Thị Ánh", employeeId: "E-100" },
    locations: [{ id: "oak", name: "Oakland Clinic" }],
    kind: "competency",
    title: "Venipuncture competency",
    tasks: [{ id: "venipuncture", name: "Drawing blood (venipuncture)", parentId: null }],
    trainingProvider: null,
    hours: 10,
    procedureCount: 12,
    certificationType: null,
    completedOn: "2026-03-14",
    expiresOn: "2027-03-14",
    validator: { id: "shah", name: "Priya Shah" },
    validationMethod: "direct_observation",
    // 10:40 in Oakland (daylight time began 8 March 2026).
    validatedAt: new Date("2026-03-14T17:40:00Z"),
    recordedAt: new Date("2026-03-14T18:05:00Z"),
    correctionReason: null,
    evidence: [{ id: "ev1", name: "sign-off Łukasz.pdf", sha256: "a".repeat(64), bytes: 10 }],
    ...overrides,
  };
}
