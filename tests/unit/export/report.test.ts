import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExportedRecord } from "@/lib/export/records";
import { makeRecord } from "@/tests/support/exported-record";
import { localTime, reportEntries, type ReportAuthorization, type ReportFacts, type ReportLocation, type StatusVersion } from "@/lib/export/report";
import { REPORT_COLUMNS, reportCells } from "@/lib/export/report-csv";

const OAKLAND: ReportLocation = { id: "oak", name: "Oakland Clinic", timeZone: "America/Los_Angeles" };
const BOSTON: ReportLocation = { id: "bos", name: "Boston Clinic", timeZone: "America/New_York" };
const LOCATIONS = new Map([OAKLAND, BOSTON].map((l) => [l.id, l]));
const AS_OF = new Date("2026-11-20T17:00:00Z");


const status = (version: number, s: StatusVersion["status"], at: string, recordedAt = at, byName = "Dana Kim"): StatusVersion => ({ version, supersedes: null, effectiveFrom: new Date(at).toISOString(), effectiveTo: null, recordedAt: new Date(recordedAt), status: s, byName });

function grant(overrides: Partial<ReportAuthorization> = {}): ReportAuthorization {
  return { personId: "anh", locationId: "oak", taskId: "venipuncture", effectiveFrom: "2026-03-15", effectiveTo: null, grantedByName: "Dana Kim", history: [status(1, "active", "2026-03-15T08:00:00Z")], ...overrides };
}

function facts(overrides: Partial<ReportFacts> = {}): ReportFacts {
  return {
    authorizations: [grant()],
    providerRoles: [{ personId: "shah", version: 1, supersedes: null, effectiveFrom: "2020-01-01", effectiveTo: null, recordedAt: new Date("2020-01-01T00:00:00Z"), value: "MD" }],
    tiers: [{ personId: "shah", version: 1, supersedes: null, effectiveFrom: "2020-01-01", effectiveTo: null, recordedAt: new Date("2020-01-01T00:00:00Z"), value: "none" }],
    ...overrides,
  };
}

const entriesFor = (record: ExportedRecord, f: ReportFacts = facts(), asOf = AS_OF) => reportEntries(f, LOCATIONS, asOf, "2026-11-20")(record);

function csv(record: ExportedRecord, f?: ReportFacts): Record<(typeof REPORT_COLUMNS)[number], unknown>[] {
  return entriesFor(record, f).flatMap((entry) => [...reportCells(entry)].map((cells) => Object.fromEntries(REPORT_COLUMNS.map((c, i) => [c, cells[i]])) as Record<(typeof REPORT_COLUMNS)[number], unknown>));
}

describe("competency report rows", () => {
  it("names the validation method in words, never as a code", () => {
    expect(csv(makeRecord())[0]!.validation_method).toBe("Direct observation");
    expect(csv(makeRecord({ validationMethod: "return_demonstration" }))[0]!.validation_method).toBe("Return demonstration");
    expect(csv(makeRecord({ validationMethod: "test" }))[0]!.validation_method).toBe("Written or skills test");
    expect(csv(makeRecord({ validationMethod: null, validator: null }))[0]).toMatchObject({ validation_method: null, validated_by: null, validator_credentials: null });
  });

  it("reads every time on the location's clock and names the zone", () => {
    const [row] = csv(makeRecord());
    expect(row).toMatchObject({ location: "Oakland Clinic", time_zone: "America/Los_Angeles", validated_at: "2026-03-14 10:40 PDT", recorded_at: "2026-03-14 11:05 PDT" });
    const [boston] = csv(makeRecord({ locations: [{ id: "bos", name: "Boston Clinic" }] }));
    expect(boston).toMatchObject({ time_zone: "America/New_York", validated_at: "2026-03-14 13:40 EDT" });
    expect(localTime(new Date("2026-01-05T20:00:00Z"), "America/Los_Angeles")).toBe("2026-01-05 12:00 PST");
  });

  it("names the validator with the credentials they held on the day of the sign-off", () => {
    expect(csv(makeRecord())[0]).toMatchObject({ validated_by: "Priya Shah", validator_credentials: "MD (physician)" });
    const later: ReportFacts = facts({ providerRoles: [...facts().providerRoles, { personId: "shah", version: 2, supersedes: null, effectiveFrom: "2026-06-01", effectiveTo: null, recordedAt: new Date("2026-06-01T00:00:00Z"), value: null }] });
    expect(csv(makeRecord(), later)[0]!.validator_credentials, "a provider type ended after the sign-off still counts for it").toBe("MD (physician)");
    const ma: ReportFacts = { authorizations: [], providerRoles: [], tiers: [{ personId: "shah", version: 1, supersedes: null, effectiveFrom: "2020-01-01", effectiveTo: null, recordedAt: new Date("2020-01-01T00:00:00Z"), value: "ma_c" }] };
    expect(csv(makeRecord(), ma)[0]!.validator_credentials).toBe("MA-C (certified)");
    expect(csv(makeRecord(), { authorizations: [], providerRoles: [], tiers: [] })[0]!.validator_credentials).toBe("No provider type or MA credential on file");
  });

  it("says who authorized each task at this location and from when, and nothing transfers between locations", () => {
    const record = makeRecord({ locations: [{ id: "bos", name: "Boston Clinic" }, { id: "oak", name: "Oakland Clinic" }] });
    const rows = csv(record);
    expect(rows.map((r) => [r.location, r.authorization, r.authorized_by, r.authorized_from])).toEqual([
      ["Boston Clinic", "Not authorized here", null, null],
      ["Oakland Clinic", "Authorized", "Dana Kim", "2026-03-15"],
    ]);
  });

  it("shows a suspension in force at the moment, with when it took effect on the location's clock", () => {
    const suspended = facts({ authorizations: [grant({ history: [status(1, "active", "2026-03-15T08:00:00Z"), status(2, "suspended", "2026-11-02T16:00:00Z", "2026-11-09T16:00:00Z", "Rosa Diaz")] })] });
    const [row] = csv(makeRecord(), suspended);
    expect(row).toMatchObject({ authorization: "Suspended", authorization_detail: "Suspended from 2026-11-02 08:00 PST (Rosa Diaz); granted by Dana Kim from 2026-03-15" });
    const before = entriesFor(makeRecord(), suspended, new Date("2026-11-05T17:00:00Z"))[0]!;
    expect(before.tasks[0]!.authorization.state, "a suspension entered later is not known before it was recorded").toBe("authorized");
  });

  it("counts a grant of the parent task for its refinements, and prefers the grant in force", () => {
    const record = makeRecord({ tasks: [{ id: "im", name: "Intramuscular injection", parentId: "injections" }] });
    const f = facts({ authorizations: [grant({ taskId: "injections", effectiveFrom: "2024-01-01", effectiveTo: "2025-01-01", grantedByName: "Old Manager" }), grant({ taskId: "injections", effectiveFrom: "2025-01-01" })] });
    expect(csv(record, f)[0]).toMatchObject({ task: "Intramuscular injection", authorization: "Authorized", authorized_by: "Dana Kim", authorized_from: "2025-01-01" });
  });

  it("writes one row per task, with hours, procedure counts, dates, status and evidence on each", () => {
    const record = makeRecord({ tasks: [{ id: "venipuncture", name: "Drawing blood (venipuncture)", parentId: null }, { id: "injections", name: "Giving injections", parentId: null }] });
    const rows = csv(record);
    expect(rows.map((r) => r.task)).toEqual(["Drawing blood (venipuncture)", "Giving injections"]);
    for (const row of rows) {
      expect(row).toMatchObject({ person: "Nguyễn Thị Ánh", hours: 10, procedure_count: 12, completed_on: "2026-03-14", expires_on: "2027-03-14", status_as_of: "Current", kind: "Competency validation", evidence_files: "sign-off Łukasz.pdf", evidence_sha256: "a".repeat(64) });
    }
    expect(rows[1]!.authorization).toBe("Not authorized here");
    const certification = csv(makeRecord({ kind: "certification", tasks: [], certificationType: "CMA_AAMA", validator: null, validationMethod: null }));
    expect(certification).toHaveLength(1);
    expect(certification[0]).toMatchObject({ task: null, authorization: null, certification_type: "CMA (AAMA)", kind: "Certification" });
  });

  it("has a cell for every column, whatever the record", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("venipuncture", "injections", "vitals"), { maxLength: 3 }), fc.subarray([OAKLAND, BOSTON], { minLength: 1 }), fc.option(fc.constantFrom("direct_observation", "simulation")), (taskIds, locations, method) => {
        const record = makeRecord({ tasks: [...new Set(taskIds)].map((id) => ({ id, name: id, parentId: null })), locations: locations.map(({ id, name }) => ({ id, name })), validationMethod: method });
        const rows = entriesFor(record).flatMap((e) => [...reportCells(e)]);
        expect(rows).toHaveLength(locations.length * Math.max(1, new Set(taskIds).size));
        for (const row of rows) expect(row).toHaveLength(REPORT_COLUMNS.length);
      }),
    );
  });
});
