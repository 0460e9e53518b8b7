import { describe, expect, it } from "vitest";
import { correctRecordSchema, createRecordSchema, evidenceFiles, withdrawRecordSchema } from "@/lib/record/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { englishFields, firstIssue } from "@/tests/support/words";
import { localizeFields } from "@/lib/i18n/localize";

describe("evidence files in a form", () => {
  it("drops the empty part a file input sends when nothing was chosen", () => {
    for (const name of ["", "undefined"]) expect(evidenceFiles.parse(new File([], name))).toEqual([]);
    expect(evidenceFiles.parse(undefined)).toEqual([]);
  });

  it("keeps a chosen file even when it is empty, so the person is told", () => {
    expect(evidenceFiles.parse(new File([], "scan.pdf"))).toHaveLength(1);
  });

  it("refuses more than four files at a time", () => {
    const files = Array.from({ length: 5 }, (_, i) => new File(["%PDF-"], `f${i}.pdf`));
    expect(evidenceFiles.safeParse(files).success).toBe(false);
  });
});

describe("a record form's errors, all in one pass", () => {
  const errors = (schema: typeof createRecordSchema | typeof correctRecordSchema, input: Record<string, unknown>) => {
    const result = schema.safeParse(input);
    return result.success ? {} : englishFields(zodFieldErrors(result.error));
  };
  const person = { personId: "personmaria01" };

  it("reports every problem of an empty training at once, the cross-field ones included", () => {
    expect(errors(createRecordSchema, { ...person, kind: "training", title: "", completedOn: "", hours: "lots" })).toEqual({
      title: "Title is required.",
      hours: "Hours must be a number from 0 to 1000.",
      completedOn: "Completed on is required.",
      taskIds: "Choose the tasks this record covers.",
    });
  });

  it("asks for the certification while the title is still missing", () => {
    expect(errors(createRecordSchema, { ...person, kind: "certification", title: "", completedOn: "2026-01-05", certificationType: "" })).toEqual({
      title: "Title is required.",
      certificationType: "Choose the certification.",
    });
  });

  it("checks the expiry against the completion date even when other fields fail", () => {
    expect(errors(createRecordSchema, { ...person, kind: "training", title: "", taskIds: "taskvenipunct1", completedOn: "2026-01-05", expiresOn: "2026-01-01" })).toEqual({
      title: "Title is required.",
      expiresOn: "The expiry date must be after the completion date.",
    });
  });

  it("does not judge a rule on a field that failed: a malformed date has its own message only", () => {
    expect(errors(createRecordSchema, { ...person, kind: "training", title: "CPR", taskIds: "taskvenipunct1", completedOn: "05/01/2026", expiresOn: "2026-01-01" })).toEqual({
      completedOn: "Completed on must be a date like 2026-03-14.",
    });
  });

  it("reports a correction's missing reason together with its other errors", () => {
    expect(errors(correctRecordSchema, { ...person, kind: "training", title: "", completedOn: "2026-01-05", lineageId: "lineage000001", version: "1", reason: "" })).toEqual({
      title: "Title is required.",
      reason: "Reason for the correction is required.",
      taskIds: "Choose the tasks this record covers.",
    });
  });

  it("accepts a complete training", () => {
    expect(errors(createRecordSchema, { ...person, kind: "training", title: "Phlebotomy course", taskIds: "taskvenipunct1", completedOn: "2026-01-05" })).toEqual({});
  });

  it("reports a withdrawal's missing day and reason together", () => {
    const result = withdrawRecordSchema.safeParse({ ...person, lineageId: "lineage000001", version: "1", fromMode: "date", from: "", reason: "" });
    expect(result.success ? {} : englishFields(zodFieldErrors(result.error))).toEqual({ reason: "Reason for the withdrawal is required.", from: "Choose the day from which the record no longer counts." });
  });
});

describe("a record form's errors in Spanish", () => {
  it("words the field errors for a Spanish-speaking manager", () => {
    const result = createRecordSchema.safeParse({ personId: "personmaria01", kind: "training", title: "", completedOn: "", hours: "lots" });
    expect(result.success ? {} : localizeFields(zodFieldErrors(result.error), "es")).toEqual({
      title: "El campo «Título» es obligatorio.",
      hours: "El campo «Horas» debe ser un número de 0 a 1000.",
      completedOn: "El campo «Completado el» es obligatorio.",
      taskIds: "Elija las tareas que cubre este registro.",
    });
  });

  it("refuses too many files in the reader's words", () => {
    const files = Array.from({ length: 5 }, (_, i) => new File(["%PDF-"], `f${i}.pdf`));
    expect(firstIssue(evidenceFiles.safeParse(files), "es")).toBe("Adjunte como máximo 4 archivos a la vez.");
    expect(firstIssue(evidenceFiles.safeParse(files))).toBe("Attach at most 4 files at a time.");
  });
});
