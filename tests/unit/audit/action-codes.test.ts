import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/access/policy";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/wording";

/**
 * The writers' `action` field is typed by the wording table, so the compiler refuses an unlisted
 * code. This scan is the second net, for a code that reaches the trail around the type (a cast, a
 * string built at run time): every code-shaped literal in the source that is written as an action,
 * or that belongs to an action family, must have its words.
 */
const ROOTS = ["lib", "app", "scripts"];
const SKIP = new Set([path.join("lib", "db", "generated"), path.join("lib", "audit", "wording.ts")]);
const CODE = /^[a-z]+(?:_[a-z]+)*(?:[A-Z][a-z]+)*\.[a-z]+(?:_[a-z]+)*$/;

function sourceFiles(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !SKIP.has(full) ? [full] : [];
  });
}

// Message keys ("user.never" in `t("user.never")`) and the message paths a page sends to the
// browser (`<ClientMessages paths={["presence.button"]}>`) are shaped like codes but are words, not actions.
const withoutMessageKeys = (text: string) => text.replace(/\bt(?:\.rich|\.markup)?\(\s*"[^"\n]*"/g, "t(").replace(/\bpaths=\{\[[^\]]*\]\}/g, "paths={[]}");
const files = ROOTS.flatMap(sourceFiles).map((file) => ({ file, text: withoutMessageKeys(readFileSync(file, "utf8")) }));
const literals = (text: string) => [...text.matchAll(/"([^"\n]{3,80})"/g)].map((m) => m[1]!).filter((s) => CODE.test(s));
const families = new Set(Object.keys(AUDIT_ACTIONS).map((code) => code.split(".")[0]!));
const permissions = new Set<string>(PERMISSIONS);

describe("audit action codes", () => {
  it("every code written as an action has a label and a sentence", () => {
    const unlisted: string[] = [];
    for (const { file, text } of files) {
      // `action: …` and `action = …` up to the end of the expression, ternaries included.
      for (const m of text.matchAll(/\baction\s*[:=]\s*([^,;}\n]+)/g)) {
        for (const code of literals(m[1]!)) if (!isAuditAction(code)) unlisted.push(`${file}: ${code}`);
      }
      for (const code of literals(text)) {
        if (families.has(code.split(".")[0]!) && !permissions.has(code) && !isAuditAction(code)) unlisted.push(`${file}: ${code}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it("a code built from a template belongs to a family with words", () => {
    const built = files.flatMap(({ file, text }) => [...text.matchAll(/\baction\s*:\s*`([a-z_]+)\./g)].map((m) => ({ file, family: m[1]! })));
    expect(built.length).toBeGreaterThan(0);
    for (const { file, family } of built) expect(families.has(family), `${file}: ${family}.…`).toBe(true);
  });

  it("finds the writers it is meant to check", () => {
    const written = new Set(files.flatMap(({ text }) => [...text.matchAll(/\baction\s*[:=]\s*([^,;}\n]+)/g)].flatMap((m) => literals(m[1]!))));
    for (const code of ["authorization.grant", "record.validate_competency", "access.denied", "auth.sign_out"]) expect(written.has(code) || files.some(({ text }) => text.includes(`"${code}"`)), code).toBe(true);
  });
});
