import { describe, expect, it } from "vitest";
import { GENESIS_HASH, type ChainCheck } from "@/lib/audit/chain";
import { compareHead, describeHeadComparison as describeSaid, headStatement, readHeadStatement as readSaid, statementDigest, type CurrentTrail, type HeadComparison } from "@/lib/audit/head";
import type { HeadStatement } from "@/lib/audit/schema";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localize";

const HEAD = "a".repeat(64);
const ORGANIZATION = { id: "orgdemo0001", name: "Demo Health" };

function makeCheck(overrides: Partial<ChainCheck> = {}): ChainCheck {
  return { count: 40, headHash: HEAD, headSeq: 42, firstBreak: null, ...overrides };
}

function makeStatement(overrides: Partial<ChainCheck> = {}): HeadStatement {
  return headStatement({ organization: ORGANIZATION, check: makeCheck(overrides), generatedAt: new Date("2026-03-14T17:40:00.000Z"), generatedBy: "auditor@example.org" });
}

function makeTrail(overrides: Partial<CurrentTrail> = {}): CurrentTrail {
  return { organizationId: ORGANIZATION.id, check: makeCheck({ count: 45, headSeq: 47, headHash: "b".repeat(64) }), atLastSeq: { hash: HEAD, countUpTo: 40 }, ...overrides };
}

const saved = (statement: HeadStatement) => JSON.stringify(statement, null, 2);

// The report and the refusals are said; tests read them as the auditor does.
const describeHeadComparison = (comparison: HeadComparison, locale: Locale = "en") => {
  const report = describeSaid(comparison);
  return { ...report, title: localize(report.title, locale), detail: localize(report.detail, locale) };
};
const readHeadStatement = (text: string, locale: Locale = "en") => {
  const read = readSaid(text);
  return read.kind === "invalid" ? { ...read, message: localize(read.message, locale) } : read;
};

describe("head statement", () => {
  it("names the organization, the last event, the count and the head hash, and hashes itself", () => {
    const statement = makeStatement();
    expect(statement).toMatchObject({ format: "cleared-audit-head/1", organization: ORGANIZATION, lastSeq: 42, count: 40, headHash: HEAD, generatedAt: "2026-03-14T17:40:00.000Z", generatedBy: "auditor@example.org" });
    expect(statement.statementSha256).toBe(statementDigest(statement));
    expect(statementDigest({ ...statement, count: 41 })).not.toBe(statement.statementSha256);
  });

  it("of an empty trail points before the first event, at the genesis hash", () => {
    expect(makeStatement({ count: 0, headSeq: null, headHash: GENESIS_HASH })).toMatchObject({ lastSeq: 0, count: 0, headHash: GENESIS_HASH });
  });

  it("reads back exactly what was saved, whatever the key order or indentation", () => {
    const statement = makeStatement();
    const reordered = Object.fromEntries(Object.entries(statement).reverse());
    expect(readHeadStatement(saved(statement))).toEqual({ kind: "statement", statement });
    expect(readHeadStatement(JSON.stringify(reordered))).toEqual({ kind: "statement", statement });
  });

  it("is altered when any field was edited, added or removed after export", () => {
    const statement = makeStatement();
    expect(readHeadStatement(saved({ ...statement, count: 39 }))).toEqual({ kind: "altered" });
    expect(readHeadStatement(saved({ ...statement, headHash: "c".repeat(64) }))).toEqual({ kind: "altered" });
    expect(readHeadStatement(JSON.stringify({ ...statement, lastSeq: "42" }))).toEqual({ kind: "altered" });
    expect(readHeadStatement(JSON.stringify({ ...statement, note: "ok" }))).toEqual({ kind: "altered" });
    const { generatedBy: _removed, ...rest } = statement;
    expect(readHeadStatement(JSON.stringify(rest))).toEqual({ kind: "altered" });
  });

  it("refuses what is not a statement with a message", () => {
    expect(readHeadStatement("not json")).toMatchObject({ kind: "invalid", message: expect.stringMatching(/not JSON/) });
    expect(readHeadStatement("[1,2]")).toMatchObject({ kind: "invalid", message: expect.stringMatching(/not an audit head statement/) });
    expect(readHeadStatement('{"format":"other"}')).toMatchObject({ kind: "invalid" });
    // Re-hashed by hand around a malformed field: the digest matches, the shape does not.
    const forged: Record<string, unknown> = { ...makeStatement(), headHash: "not a hash" };
    forged.statementSha256 = statementDigest(forged);
    expect(readHeadStatement(JSON.stringify(forged))).toMatchObject({ kind: "invalid", message: "This statement's fields are not valid (headHash: must be 64 lowercase hexadecimal characters)." });
  });

  it("refuses it in Spanish to a Spanish reader, the field's own message included", () => {
    const forged: Record<string, unknown> = { ...makeStatement(), headHash: "not a hash" };
    forged.statementSha256 = statementDigest(forged);
    expect(readHeadStatement(JSON.stringify(forged), "es")).toMatchObject({ message: "Los campos de esta declaración no son válidos (headHash: debe tener 64 caracteres hexadecimales en minúscula)." });
    expect(readHeadStatement("not json", "es")).toMatchObject({ message: "Esto no es JSON: use el archivo completo exportado con “Exportar la cabeza de la cadena”." });
  });
});

describe("comparing the trail with a saved head", () => {
  it("matches when the event at the saved head still has its hash and count, reporting what was appended", () => {
    const comparison = compareHead(makeStatement(), makeTrail());
    expect(comparison).toEqual({ status: "matches", count: 40, lastSeq: 42, appended: 5 });
    expect(describeHeadComparison(comparison)).toEqual({ matches: true, status: "matches", title: "Matches: 40 events up to #42 unchanged", detail: "5 events appended since the head was saved." });
    expect(describeHeadComparison(comparison, "es")).toMatchObject({ title: "Coincide: 40 eventos sin cambios hasta el n.º 42", detail: "5 eventos añadidos desde que se guardó la cabeza." });
  });

  it("reports a broken chain first, with its first broken link", () => {
    const trail = makeTrail({ check: makeCheck({ firstBreak: { seq: 7, reason: "hash_mismatch" } }) });
    const comparison = compareHead(makeStatement(), trail);
    expect(comparison).toMatchObject({ status: "chain_broken", firstBreak: { seq: 7 } });
    expect(describeHeadComparison(comparison)).toMatchObject({ matches: false, title: "The chain no longer verifies: broken at event #7", detail: "Event #7 does not match its hash: it was edited. 40 events checked." });
    expect(describeHeadComparison(comparison, "es").detail).toBe("El evento n.º 7 no coincide con su hash: se modificó. 40 eventos verificados.");
  });

  it("detects a rewrite that recomputed every hash: the chain verifies but the saved head's event has another hash", () => {
    const comparison = compareHead(makeStatement(), makeTrail({ atLastSeq: { hash: "d".repeat(64), countUpTo: 40 } }));
    expect(comparison).toMatchObject({ status: "rewritten", reason: "hash_differs" });
    expect(describeHeadComparison(comparison)).toMatchObject({ matches: false, title: "The trail was rewritten or truncated since this head was saved" });
  });

  it("detects a truncated trail: the saved head's event is gone", () => {
    const trail = makeTrail({ check: makeCheck({ count: 30, headSeq: 31 }), atLastSeq: { hash: null, countUpTo: 30 } });
    expect(compareHead(makeStatement(), trail)).toMatchObject({ status: "rewritten", reason: "missing" });
    expect(describeHeadComparison(compareHead(makeStatement(), trail)).detail).toMatch(/Event #42, the saved head, no longer exists/);
  });

  it("detects fewer or more events up to the saved head than it counted", () => {
    const comparison = compareHead(makeStatement(), makeTrail({ atLastSeq: { hash: HEAD, countUpTo: 39 } }));
    expect(comparison).toMatchObject({ status: "rewritten", reason: "count_differs", savedCount: 40, countUpTo: 39 });
    expect(describeHeadComparison(comparison).detail).toBe("The saved head counted 40 events up to #42; 39 are there now.");
  });

  it("refuses a statement from another organization", () => {
    expect(compareHead(makeStatement(), makeTrail({ organizationId: "orgother001" }))).toEqual({ status: "other_organization", organization: "Demo Health" });
  });

  it("matches a head saved before the first event against any intact trail", () => {
    const statement = makeStatement({ count: 0, headSeq: null, headHash: GENESIS_HASH });
    expect(compareHead(statement, makeTrail({ atLastSeq: { hash: null, countUpTo: 0 } }))).toEqual({ status: "matches", count: 0, lastSeq: 0, appended: 45 });
  });

  it("describes an altered statement without looking at the trail", () => {
    expect(describeHeadComparison({ status: "statement_altered" })).toMatchObject({ matches: false, title: "This statement was altered" });
  });
});
