import { describe, expect, it } from "vitest";
import { readTable } from "@/lib/csv/parse";
import { checkPeopleRows as checkPeople, PEOPLE_COLUMNS } from "@/lib/import/people";
import type { RowResult } from "@/lib/import/rows";
import { checkTrainingRows as checkTraining, TRAINING_COLUMNS, trainingKey } from "@/lib/import/training";
import { english, spanish } from "@/tests/support/words";

// Rows say their problems (lib/i18n/said.ts); the import route words them for the reader.
const worded = <T>(rows: RowResult<T>[], words: (m: string) => string | undefined = english) => rows.map((r) => (r.status === "ok" ? r : { ...r, messages: r.messages.map((m) => words(m)!) }));
const checkPeopleRows = (...args: Parameters<typeof checkPeople>) => worded(checkPeople(...args));
const checkTrainingRows = (...args: Parameters<typeof checkTraining>) => worded(checkTraining(...args));

const table = (text: string, spec: { required: readonly string[]; optional?: readonly string[] }) => {
  const t = readTable(text, { ...spec, maxRows: 5000 });
  if (!t.ok) throw new Error(t.message);
  return t.records;
};

describe("people import rows", () => {
  const header = "employee_id,first_name,last_name,role,provider_type,credential_tier,employment_start\n";

  it("accepts good rows and normalizes roles and tiers", () => {
    const rows = checkPeopleRows(table(`${header}E1,Ana,Lopez,Medical_Assistant,,MA-C,2026-01-05\nE2,Sam,Ortega,provider,pa,,2025-09-15\n`, PEOPLE_COLUMNS), new Set());
    expect(rows).toMatchObject([
      { line: 2, status: "ok", value: { employee_id: "E1", role: "medical_assistant", credential_tier: "ma_c", provider_type: null } },
      { line: 3, status: "ok", value: { role: "provider", provider_type: "PA", credential_tier: "none" } },
    ]);
  });

  it("says which field is wrong and why, per row", () => {
    const rows = checkPeopleRows(table(`${header}E1,,Lopez,nurse,,ma_z,2026-02-30\nE2,Sam,Ortega,provider,,,2025-09-15\n`, PEOPLE_COLUMNS), new Set());
    expect(rows[0]).toEqual({
      line: 2,
      status: "error",
      messages: ["first_name: first name is required.", "role: must be medical_assistant or provider", expect.stringMatching(/^credential_tier: must be one of none, ma_c/), "employment_start: employment start is not a real calendar date."],
    });
    expect(rows[1]).toEqual({ line: 3, status: "error", messages: ["provider_type: is required for a provider"] });
  });

  it("refuses formula-looking cells, repeated employee IDs and existing ones", () => {
    const rows = checkPeopleRows(table(`${header}E1,"=HYPERLINK(""x"")",Lopez,medical_assistant,,,2026-01-05\nE3,Ana,Lopez,medical_assistant,,,2026-01-05\ne3,Ana,Lopez,medical_assistant,,,2026-01-05\nE9,Bo,Kim,medical_assistant,,,2026-01-05\n`, PEOPLE_COLUMNS), new Set(["e9"]));
    expect(rows[0]).toMatchObject({ status: "error", messages: [expect.stringContaining('first_name: "=HYPERLINK("x")" starts like a spreadsheet formula')] });
    expect(rows[1]).toMatchObject({ status: "ok" });
    expect(rows[2]).toEqual({ line: 4, status: "duplicate", messages: ["employee_id e3 repeats line 3; this row is skipped."] });
    expect(rows[3]).toEqual({ line: 5, status: "error", messages: ["employee_id: E9 already exists in Cleared."] });
  });
});

describe("training import rows", () => {
  const header = "employee_id,kind,title,tasks,training_provider,hours,procedure_count,certification_type,completed_on,expires_on,notes\n";
  const lookups = { people: new Map([["e1008", "personmaria01"]]), tasks: new Map([["venipuncture", "taskvenipuncture"]]), existing: new Set([trainingKey("personmaria01", "training", "old course", "2024-01-01")]) };

  it("maps employee IDs and task codes to records", () => {
    const rows = checkTrainingRows(table(`${header}E1008,training,Phlebotomy,venipuncture,Bay Area,4,6,,2026-02-10,,\n`, TRAINING_COLUMNS), lookups);
    expect(rows[0]).toMatchObject({ status: "ok", value: { personId: "personmaria01", taskIds: ["taskvenipuncture"], hours: 4, procedure_count: 6 } });
  });

  it("reports unknown people and tasks, bad numbers and dates, and refuses competency", () => {
    const rows = checkTrainingRows(
      table(`${header}E404,training,X,venipuncture,,,,,2026-02-10,,\nE1008,training,X,flying,,,,,2026-02-10,,\nE1008,training,X,venipuncture,,-3,1.5,,2026-02-10,,\nE1008,training,X,venipuncture,,,,,2026-02-10,2026-02-01,\nE1008,competency,X,venipuncture,,,,,2026-02-10,,\n`, TRAINING_COLUMNS),
      lookups,
    );
    expect(rows[0]).toMatchObject({ status: "error", messages: ["employee_id: no one with ID E404 works at this location."] });
    expect(rows[1]).toMatchObject({ status: "error", messages: ["tasks: unknown task code flying."] });
    expect(rows[2]).toMatchObject({ status: "error", messages: [expect.stringMatching(/^hours: hours must be a number/), expect.stringMatching(/^procedure_count: procedure_count must be a whole number/)] });
    expect(rows[3]).toMatchObject({ status: "error", messages: ["expires_on: must be after completed_on"] });
    expect(rows[4]).toMatchObject({ status: "error", messages: [expect.stringContaining("competency is signed off by a validator")] });
  });

  it("skips rows already in Cleared or repeated in the file", () => {
    const rows = checkTrainingRows(table(`${header}E1008,training,Old course,venipuncture,,,,,2024-01-01,,\nE1008,training,New,venipuncture,,,,,2026-01-01,,\nE1008,training,new,venipuncture,,,,,2026-01-01,,\n`, TRAINING_COLUMNS), lookups);
    expect(rows.map((r) => r.status)).toEqual(["duplicate", "ok", "duplicate"]);
  });
});

describe("import rows in Spanish", () => {
  it("says the column and the problem in the reader's words", () => {
    const header = "employee_id,first_name,last_name,role,provider_type,credential_tier,employment_start\n";
    const [row] = worded(checkPeople(table(`${header}E1,,Lopez,provider,,,2026-01-05\n`, PEOPLE_COLUMNS), new Set()), spanish);
    expect(row).toEqual({ line: 2, status: "error", messages: ["first_name: El campo «nombre» es obligatorio.", "provider_type: es obligatorio para un proveedor"] });
  });
});
