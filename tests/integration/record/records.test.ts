import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadFacts } from "@/lib/clearance/data";
import { correctRecordAction, createRecordAction, validateCompetencyAction, withdrawRecordAction } from "@/lib/record/actions";
import { EVIDENCE_MAX_BYTES } from "@/lib/record/evidence";
import { GET as downloadEvidence } from "@/app/api/evidence/[fileId]/route";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { auditCount, makeLocation, makePerson } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Training records, corrections and competency sign-off through the server actions, with evidence
 * uploaded the way a browser form sends it (multipart FormData with File parts).
 */
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const HTML = new TextEncoder().encode("<!doctype html><script>alert(document.cookie)</script>");

function form(fields: Record<string, string | string[]>, files: File[] = []): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  for (const file of files) data.append("evidence", file);
  return data;
}

const file = (bytes: Uint8Array<ArrayBuffer>, name: string, type = "application/pdf") => new File([bytes], name, { type });

const training = (personId: string, overrides: Record<string, string | string[]> = {}) => ({
  personId,
  kind: "training",
  title: "Phlebotomy course",
  taskIds: ["taskvenipuncture"],
  trainingProvider: "Tacoma Community College",
  hours: "12",
  procedureCount: "14",
  completedOn: "2026-01-05",
  ...overrides,
});

let locationId: string;
let manager: Awaited<ReturnType<typeof signInNew>>;
let ma: Awaited<ReturnType<typeof makePerson>>;

beforeEach(async () => {
  locationId = (await makeLocation()).id;
  ma = await makePerson({ locationIds: [locationId], firstName: "Emily", lastName: "Nguyen" });
  manager = await signInNew([{ role: "manager", locationId }], [locationId]);
});

async function createTraining(overrides: Record<string, string | string[]> = {}, files: File[] = []) {
  const state = await createRecordAction(undefined, form(training(ma.id, overrides), files));
  expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
  return (state as { data: { lineageId: string } }).data.lineageId;
}

describe(`recording training with evidence (${testEngine})`, () => {
  it("writes the record, its tasks, the evidence file and an audit event in one go", async () => {
    const before = await rowCounts();
    const lineageId = await createTraining({}, [file(PDF, "certificate.pdf")]);

    const record = await prisma.trainingRecord.findFirstOrThrow({ where: { lineageId }, include: { tasks: true, evidence: true } });
    expect(record).toMatchObject({ version: 1, personId: ma.id, kind: "training", title: "Phlebotomy course", procedureCount: 14, recordedById: manager.user.id, correctionReason: null });
    expect(Number(record.hours)).toBe(12);
    expect(record.completedOn.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(record.tasks.map((t) => t.taskId)).toEqual(["taskvenipuncture"]);
    expect(record.evidence).toHaveLength(1);
    const evidence = record.evidence[0]!;
    expect(evidence).toMatchObject({ lineageId, fileName: "certificate.pdf", contentType: "application/pdf", sizeBytes: PDF.length, uploadedById: manager.user.id });
    expect(evidence.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(Buffer.from(evidence.data).equals(Buffer.from(PDF))).toBe(true);

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "record.create", entityId: lineageId } });
    expect(event).toMatchObject({ actorUserId: manager.user.id, actorLabel: manager.user.email, personId: ma.id, entityType: "TrainingRecord" });
    expect(event.after).toMatchObject({ title: "Phlebotomy course", evidence: [{ id: evidence.id, fileName: "certificate.pdf", sha256: evidence.sha256 }] });

    const after = await rowCounts();
    expect([after.records - before.records, after.evidence - before.evidence, after.changes - before.changes]).toEqual([1, 1, 1]);
  });

  it("serves the evidence back byte for byte, as an attachment that cannot render in the app", async () => {
    const lineageId = await createTraining({}, [file(PDF, "cert.pdf")]);
    const { id } = await prisma.evidenceFile.findFirstOrThrow({ where: { lineageId } });
    const response = await downloadEvidence(new Request(`http://test/api/evidence/${id}`), { params: Promise.resolve({ fileId: id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="cert\.pdf"/);
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
  });

  it("strips a path and control characters from an uploaded file's name and bounds its length", async () => {
    const lineageId = await createTraining({}, [file(PDF, `C:\\Users\\emily\\${"a".repeat(300)}\u0000\u0007.pdf`)]);
    const { fileName } = await prisma.evidenceFile.findFirstOrThrow({ where: { lineageId } });
    expect(fileName).toHaveLength(150);
    expect(fileName).toMatch(/^a+\.pdf$/);
  });

  it.each([
    ["a PNG named .pdf", () => file(PNG, "cert.pdf"), /"cert\.pdf" is named like a PDF document but its contents are a PNG image/],
    ["an HTML page named .pdf", () => file(HTML, "cert.pdf"), /"cert\.pdf" is named like a PDF document but its contents are not a PDF, PNG or JPEG file/],
    ["a file over 10 MB", () => file(new Uint8Array(EVIDENCE_MAX_BYTES + 1).fill(0x25, 0, 1).fill(0x50, 1, 2).fill(0x44, 2, 3).fill(0x46, 3, 4).fill(0x2d, 4, 5), "scan.pdf"), /"scan\.pdf" is 10\.0 MB; the limit is 10 MB per file/],
    ["an empty file", () => file(new Uint8Array(0), "empty.pdf"), /"empty\.pdf" is empty/],
    ["an executable", () => file(new Uint8Array([0x4d, 0x5a, 0x90, 0]), "setup.exe", "application/octet-stream"), /"setup\.exe" is not accepted: upload a PDF, PNG or JPEG file/],
  ])("refuses %s with a message naming the problem, and writes nothing", async (_case, make, message) => {
    const before = await rowCounts();
    const state = await createRecordAction(undefined, form(training(ma.id), [file(PDF, "good.pdf"), make()]));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(state.status === "error" && state.message).toMatch(message);
    expect(state.status === "error" && state.fieldErrors?.evidence).toMatch(message);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["a date that does not exist", { completedOn: "2026-02-30" }, "completedOn", "Completed on is not a real calendar date."],
    ["a date in another format", { completedOn: "01/05/2026" }, "completedOn", "Completed on must be a date like 2026-03-14."],
    ["an expiry before completion", { expiresOn: "2025-12-31" }, "expiresOn", "The expiry date must be after the completion date."],
    ["a title over 200 characters", { title: "T".repeat(201) }, "title", "Title must be at most 200 characters."],
    ["a title with a NUL byte", { title: "Phlebotomy\u0000course" }, "title", "Title contains characters that are not allowed."],
    ["100,000 characters of notes", { notes: "n".repeat(100_000) }, "notes", "Notes must be at most 2000 characters."],
    ["a training with no task", { taskIds: [] }, "taskIds", "Choose the tasks this record covers."],
    ["a negative number of hours", { hours: "-3" }, "hours", "Hours must be a number from 0 to 1000."],
    ["a malformed task id", { taskIds: ["../../etc/passwd"] }, "taskIds", "Unknown id."],
    ["a task that does not exist", { taskIds: ["tasknosuchthing"] }, "taskIds", "Choose tasks from the list."],
    ["a completion date in the future", { completedOn: "2099-01-05" }, "completedOn", "The completion date is in the future. Record training once it has been completed."],
  ])("refuses %s with a field message and writes nothing", async (_case, overrides, field, message) => {
    const before = await rowCounts();
    const state = await createRecordAction(undefined, form(training(ma.id, overrides), [file(PDF, "cert.pdf")]));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { [field]: message } });
    // What the person typed comes back for the form, bounded in size.
    expect(state.status === "error" && state.values?.title).toBe(String((overrides as { title?: string }).title ?? "Phlebotomy course").slice(0, 10_000));
    expect(await rowCounts()).toEqual(before);
  });

  it("reports a bad file and a future completion date in one answer, not one after the other", async () => {
    const before = await rowCounts();
    const state = await createRecordAction(undefined, form(training(ma.id, { completedOn: "2099-01-05" }), [file(PNG, "cert.pdf")]));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", message: "Some fields need attention." });
    expect(state.status === "error" && state.fieldErrors).toEqual({
      evidence: expect.stringMatching(/"cert\.pdf" is named like a PDF document but its contents are a PNG image/),
      completedOn: "The completion date is in the future. Record training once it has been completed.",
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe(`correcting a record (${testEngine})`, () => {
  const correction = (lineageId: string, version: string, overrides: Record<string, string | string[]> = {}) =>
    training(ma.id, { lineageId, version, title: "Phlebotomy course (24 h)", hours: "24", reason: "Hours were mistyped", ...overrides });

  it("adds version 2 with the reason; version 1 and its evidence stay", async () => {
    const lineageId = await createTraining({}, [file(PDF, "cert.pdf")]);
    const state = await correctRecordAction(undefined, form(correction(lineageId, "1")));
    expect(state).toMatchObject({ status: "success", data: { version: 2 }, message: expect.stringContaining("version 2") });

    const versions = await prisma.trainingRecord.findMany({ where: { lineageId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.title, Number(v.hours), v.correctionReason])).toEqual([
      [1, "Phlebotomy course", 12, null],
      [2, "Phlebotomy course (24 h)", 24, "Hours were mistyped"],
    ]);
    expect(await prisma.evidenceFile.count({ where: { lineageId } })).toBe(1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "record.correct", entityId: lineageId } });
    expect(event).toMatchObject({ actorUserId: manager.user.id, before: { version: 1, title: "Phlebotomy course" }, after: { version: 2, reason: "Hours were mistyped" } });
  });

  it("requires a reason and refuses one of 100,000 characters, writing nothing", async () => {
    const lineageId = await createTraining();
    const before = await rowCounts();
    const none = await correctRecordAction(undefined, form(correction(lineageId, "1", { reason: "" })));
    expect(none).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reason: "Reason for the correction is required." } });
    const huge = await correctRecordAction(undefined, form(correction(lineageId, "1", { reason: "r".repeat(100_000) })));
    expect(huge).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reason: "Reason for the correction must be at most 1000 characters." } });
    expect(await rowCounts()).toEqual(before);
  });

  it("a correction based on an old version is refused as stale, naming who changed it and when, keeping the input", async () => {
    const lineageId = await createTraining();
    const colleague = await signInNew([{ role: "manager", locationId }], [locationId]);
    expect(await correctRecordAction(undefined, form(correction(lineageId, "1", { reason: "Colleague's fix" })))).toMatchObject({ status: "success" });

    await signInAs(manager.user);
    const before = await rowCounts();
    const stale = await correctRecordAction(undefined, form(correction(lineageId, "1", { title: "My own fix", reason: "Mine" })));
    expect(stale).toMatchObject({ status: "error", code: "STALE", values: { lineageId, version: "1", title: "My own fix", reason: "Mine", taskIds: "taskvenipuncture" } });
    expect(stale.status === "error" && stale.message).toMatch(new RegExp(`^This record was changed by ${colleague.user.email.replace(/\./g, "\\.")} at \\d{2}:\\d{2} P[SD]T while you were editing it\\.`));
    expect(await rowCounts()).toEqual(before);
  });

  it("two corrections of the same version at once keep exactly one version 2", async () => {
    const lineageId = await createTraining();
    const results = await Promise.all([
      correctRecordAction(undefined, form(correction(lineageId, "1", { title: "Fix A" }))),
      correctRecordAction(undefined, form(correction(lineageId, "1", { title: "Fix B" }))),
    ]);
    expect(await prisma.trainingRecord.count({ where: { lineageId } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "record.correct", entityId: lineageId } })).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "success"]);
    expect(results.find((r) => r.status === "error"), JSON.stringify(results)).toMatchObject({ code: expect.stringMatching(/^(STALE|CONFLICT)$/) });
  });
});

describe(`competency sign-off (${testEngine})`, () => {
  const signOff = (personId: string, overrides: Record<string, string | string[]> = {}) => ({
    personId,
    locationId,
    taskIds: ["taskvenipuncture"],
    method: "direct_observation",
    observedOn: "2026-11-02",
    expiresOn: "2027-11-02",
    attest: "on",
    ...overrides,
  });

  it("stores the validator, the method, the attestation word for word and when it was signed", async () => {
    const validator = await signInNew([{ role: "validator", locationId }], [locationId]);
    const before = Date.now();
    const state = await validateCompetencyAction(undefined, form(signOff(ma.id), [file(PDF, "sign-off.pdf")]));
    expect(state).toMatchObject({ status: "success", message: "Competency signed off." });

    const record = await prisma.trainingRecord.findFirstOrThrow({ where: { personId: ma.id, kind: "competency" }, include: { tasks: true, evidence: true } });
    const validatorName = `${validator.person.firstName} ${validator.person.lastName}`;
    expect(record).toMatchObject({
      validatedById: validator.person.id,
      validationMethod: "direct_observation",
      attestation: `I, ${validatorName}, observed Emily Nguyen perform drawing blood (venipuncture) competently on 2026-11-02 (direct observation).`,
      recordedById: validator.user.id,
    });
    expect(record.validatedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(record.tasks.map((t) => t.taskId)).toEqual(["taskvenipuncture"]);
    expect(record.evidence).toHaveLength(1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "record.validate_competency", personId: ma.id } });
    expect(event).toMatchObject({ actorUserId: validator.user.id, entityId: record.lineageId, after: { validatedById: validator.person.id, attestation: record.attestation } });
  });

  it("a correction of a competency keeps the sign-off and cannot turn it into training", async () => {
    const validator = await signInNew([{ role: "validator", locationId }], [locationId]);
    expect(await validateCompetencyAction(undefined, form(signOff(ma.id)))).toMatchObject({ status: "success" });
    const original = await prisma.trainingRecord.findFirstOrThrow({ where: { personId: ma.id, kind: "competency" } });

    await signInAs(manager.user);
    const base = { personId: ma.id, lineageId: original.lineageId, version: "1", title: "Venipuncture competency", taskIds: ["taskvenipuncture"], completedOn: "2026-11-02", expiresOn: "2027-11-02", reason: "Clearer title" };
    const before = await rowCounts();
    const retyped = await correctRecordAction(undefined, form({ ...base, kind: "training" }));
    expect(retyped).toMatchObject({ status: "error", code: "REFUSED", message: "A competency sign-off stays a competency record." });
    expect(await rowCounts()).toEqual(before);

    expect(await correctRecordAction(undefined, form({ ...base, kind: "competency" }))).toMatchObject({ status: "success" });
    const corrected = await prisma.trainingRecord.findFirstOrThrow({ where: { lineageId: original.lineageId, version: 2 } });
    expect(corrected).toMatchObject({ title: "Venipuncture competency", validatedById: validator.person.id, validationMethod: original.validationMethod, attestation: original.attestation, validatedAt: original.validatedAt });
  });

  it("a correction that changes a signed competency's tasks or dates is refused unless it voids the sign-off, which it then does", async () => {
    await signInNew([{ role: "validator", locationId }], [locationId]);
    expect(await validateCompetencyAction(undefined, form(signOff(ma.id)))).toMatchObject({ status: "success" });
    const original = await prisma.trainingRecord.findFirstOrThrow({ where: { personId: ma.id, kind: "competency" } });
    await signInAs(manager.user);
    const changed = { personId: ma.id, lineageId: original.lineageId, version: "1", kind: "competency", title: "Venipuncture competency", taskIds: ["taskvenipuncture", "taskspecimens"], completedOn: "2026-10-02", expiresOn: "2027-11-02", reason: "Wrong date" };
    const before = await rowCounts();
    const refused = await correctRecordAction(undefined, form(changed));
    expect(refused).toMatchObject({ status: "error", code: "REFUSED", fieldErrors: { voidSignOff: expect.stringContaining("Changing them voids the sign-off") } });
    expect(await rowCounts()).toEqual(before);

    expect(await correctRecordAction(undefined, form({ ...changed, voidSignOff: "on" }))).toMatchObject({ status: "success", message: expect.stringContaining("ask a validator to sign off again") });
    const corrected = await prisma.trainingRecord.findFirstOrThrow({ where: { lineageId: original.lineageId, version: 2 } });
    expect(corrected).toMatchObject({ supersedesVersion: 1, validatedById: null, validationMethod: null, attestation: null, validatedAt: null });
    const facts = await loadFacts(ma.id, locationId, new Date());
    expect(facts!.records.filter((r) => r.lineageId === original.lineageId).at(-1)).toMatchObject({ version: 2, supersedes: 1, validatedByName: null });
  });

  it("a record entered by mistake is withdrawn from a date (or the start): answers from then on no longer count it", async () => {
    await signInNew([{ role: "validator", locationId }], [locationId]);
    expect(await validateCompetencyAction(undefined, form(signOff(ma.id)))).toMatchObject({ status: "success" });
    const original = await prisma.trainingRecord.findFirstOrThrow({ where: { personId: ma.id, kind: "competency" } });
    await signInAs(manager.user);
    const base = { personId: ma.id, lineageId: original.lineageId, version: "1", reason: "Entered for the wrong person" };
    const before = await rowCounts();
    expect(await withdrawRecordAction(undefined, form({ ...base, fromMode: "date", from: "2026-10-01" }))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { from: expect.stringContaining("withdraw it from the start instead") } });
    expect(await withdrawRecordAction(undefined, form({ ...base, fromMode: "date", from: "2099-01-01" }))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { from: expect.stringContaining("today at the latest") } });
    expect(await rowCounts()).toEqual(before);
    expect(await withdrawRecordAction(undefined, form({ ...base, fromMode: "start" }))).toMatchObject({ status: "success" });
    expect(await prisma.trainingRecord.findFirstOrThrow({ where: { lineageId: original.lineageId, version: 2 } })).toMatchObject({ supersedesVersion: 1, validatedById: original.validatedById });
    expect(await auditCount({ action: "record.withdraw" })).toBe(1);
    const facts = await loadFacts(ma.id, locationId, new Date());
    expect(facts!.records.filter((r) => r.lineageId === original.lineageId).at(-1)).toMatchObject({ version: 2, supersedes: 1, effectiveFrom: "2026-11-02", effectiveTo: "2026-11-02" });
    expect(await withdrawRecordAction(undefined, form({ ...base, version: "2", fromMode: "start" }))).toMatchObject({ status: "error", code: "REFUSED", message: "This record was already withdrawn from 2026-11-02." });
  });

  it("refuses self-validation by a validator who is also the MA, and writes nothing", async () => {
    const self = await signInNew([{ role: "validator", locationId }, { role: "medical_assistant" }], [locationId]);
    const before = await rowCounts();
    const state = await validateCompetencyAction(undefined, form(signOff(self.person.id), [file(PDF, "sign-off.pdf")]));
    expect(state).toMatchObject({ status: "error", code: "REFUSED", message: "You cannot validate your own competency: another validator must observe you." });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a sign-off dated in the future, writing nothing", async () => {
    await signInNew([{ role: "validator", locationId }], [locationId]);
    const before = await rowCounts();
    const state = await validateCompetencyAction(undefined, form(signOff(ma.id, { observedOn: "2099-03-01", expiresOn: "2100-03-01" })));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { observedOn: "The observation date is in the future: sign off what you have already observed." } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses tasks outside the validator's grant, and a sign-off without the attestation, writing nothing", async () => {
    await signInNew([{ role: "validator", locationId, taskId: "taskinjections" }], [locationId]);
    const before = await rowCounts();
    const outside = await validateCompetencyAction(undefined, form(signOff(ma.id)));
    expect(outside).toMatchObject({ status: "error", code: "REFUSED", fieldErrors: { taskIds: "Choose tasks your validator role covers." } });
    // A refinement of the granted task is covered; the attestation is still required.
    const unattested = await validateCompetencyAction(undefined, form(signOff(ma.id, { taskIds: ["taskinjectionsintramuscular"], attest: "false" })));
    expect(unattested).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { attest: "Confirm the attestation to sign off." } });
    expect(await rowCounts()).toEqual(before);
    expect(await validateCompetencyAction(undefined, form(signOff(ma.id, { taskIds: ["taskinjectionsintramuscular"] })))).toMatchObject({ status: "success" });
  });

  it("refuses a bad upload on a sign-off and writes nothing", async () => {
    await signInNew([{ role: "validator", locationId }], [locationId]);
    const before = await rowCounts();
    const state = await validateCompetencyAction(undefined, form(signOff(ma.id), [file(HTML, "sign-off.pdf")]));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { evidence: expect.stringContaining("not a PDF, PNG or JPEG file") } });
    expect(await rowCounts()).toEqual(before);
  });
});
