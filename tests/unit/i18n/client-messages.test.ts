import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE, pickMessages, type MessageTree } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import { clientModules, needsOf, ROOT, source, type Need } from "../../support/client-translations";

/**
 * Every page sends its client components the messages they read, and no more than it names. The
 * paths a page sends are BASE (the root layout's provider) or BASE and what its own
 * <ClientMessages paths={…}> names: providers replace rather than add to each other, so a layout's
 * paths do not count for the pages inside it.
 */

const english = MESSAGES.en as unknown as MessageTree;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    // global-error.tsx replaces the root layout, and brings its own provider and messages.
    return /^(page|layout|template|error|not-found|loading|default)\.tsx$/.test(e.name) ? [full] : [];
  });
}

const ROUTES = routeFiles(path.join(ROOT, "app"));

/**
 * The paths a route file names through <ClientMessages paths={[…]}>. Only string literals, so that
 * this test and a reader see the same list.
 */
function declaredPaths(file: string): string[] {
  return [...source(file).text.matchAll(/<ClientMessages\b[^>]*?\bpaths=\{([^}]*)\}/g)].flatMap((m) => {
    const list = /^\[([^\]]*)\]$/.exec(m[1]!.trim());
    if (!list) throw new Error(`${rel(file)}: write ClientMessages' paths as a list of strings, not ${m[1]}`);
    return list[1]!
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean)
      .map((item) => {
        const literal = /^"([\w.]+)"$/.exec(item);
        if (!literal) throw new Error(`${rel(file)}: cannot read the path ${item}`);
        return literal[1]!;
      });
  });
}

const rel = (file: string) => path.relative(ROOT, file);
const covers = (sent: string, needed: string) => needed === sent || needed.startsWith(`${sent}.`);
const exists = (dotted: string) => dotted.split(".").reduce<MessageTree | string | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), english) !== undefined;

const needsByRoute = new Map<string, Need[]>(ROUTES.map((file) => [file, [...clientModules(file)].flatMap(needsOf)]));

describe("the messages each page sends its client components", () => {
  it("finds the routes and what their client components read", () => {
    // A scan that finds nothing would pass everything: check it still sees what is known to be there.
    const needed = (route: string) => needsByRoute.get(path.join(ROOT, route))?.map((n) => n.path) ?? [];
    expect(ROUTES.length).toBeGreaterThan(50);
    expect(needed("app/error.tsx")).toContain("errors.retry");
    expect(needed("app/(app)/layout.tsx")).toContain("shell.signOut");
    expect(needed("app/(app)/people/page.tsx")).toContain("people.table.caption");
  });

  it.each(ROUTES.map((file) => [rel(file), file]))("%s sends every message its client components read", (_, file) => {
    const sent = [...BASE, ...declaredPaths(file)];
    const missing = needsByRoute.get(file)!.filter((need) => !sent.some((s) => covers(s, need.path)));
    const report = missing.map((n) => `${rel(file)}: ${n.file} reads ${n.path || "every message"} (${n.why}), which the page does not send`);
    expect(report).toEqual([]);
  });

  it.each(ROUTES.map((file) => [rel(file), file]))("%s names only paths that exist and that its client components read", (_, file) => {
    const needs = needsByRoute.get(file)!;
    const problems = declaredPaths(file).flatMap((sent) => [
      ...(exists(sent) ? [] : [`${rel(file)} sends ${sent}, which is not in the English catalog`]),
      ...(needs.some((n) => covers(sent, n.path) || covers(n.path, sent)) ? [] : [`${rel(file)} sends ${sent}, which none of its client components reads`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("names BASE paths that exist", () => {
    expect(BASE.filter((p) => !exists(p))).toEqual([]);
  });
});

describe("the scan of a client component", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "client-messages-"));
  writeFileSync(path.join(dir, "helper.ts"), 'export function label(t: (key: `tier.${string}` | "kind.ma") => string, x: string) { return t(x); }\n');
  let written = 0;
  const needs = (code: string) => {
    // A new file each time: the scan keeps what it has read.
    const file = path.join(dir, `component-${written++}.tsx`);
    writeFileSync(file, `"use client";\nimport { label } from "./helper";\n${code}`);
    return [...new Set(needsOf(file).map((n) => n.path))].sort();
  };

  it("reads literal keys, a template's fixed part and both sides of a choice", () => {
    expect(needs('function A({ x, y }) { const t = useTranslations("people"); return [t("table.name"), t.rich(`kind.${x}`), t(y ? "a.b" : "c"), t(`${x}`)]; }')).toEqual(["people", "people.a.b", "people.c", "people.kind", "people.table.name"]);
  });

  it("needs the whole namespace when the translator is handed on or given a key worked out at run time", () => {
    expect(needs('function A({ x }) { const t = useTranslations("people"); return t(x); }')).toEqual(["people"]);
    expect(needs('function A() { const t = useTranslations("people"); return <B t={t} />; }')).toEqual(["people"]);
  });

  it("takes a helper's word for the keys its parameter allows", () => {
    expect(needs('function A({ x }) { const t = useTranslations("people"); return label(t, x); }')).toEqual(["people.kind.ma", "people.tier"]);
  });

  it("keeps translators of the same name in different functions apart, and skips a parameter that hides one", () => {
    expect(needs('function A() { const t = useTranslations("a"); return t("x"); }\nfunction B({ rows }) { const t = useTranslations("b"); return rows.map((t) => t.id).concat(t("y")); }')).toEqual(["a.x", "b.y"]);
  });
});

describe("pickMessages", () => {
  const messages: MessageTree = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };

  it("keeps the named paths, nested as they were", () => {
    expect(pickMessages(messages, ["a.b.c", "f"])).toEqual({ a: { b: { c: "1" } }, f: "4" });
  });

  it("takes a subtree whole when a path and one inside it are both named, without changing the catalog", () => {
    const before = structuredClone(messages);
    expect(pickMessages(messages, ["a.b.c", "a.b", "a.e"])).toEqual({ a: { b: { c: "1", d: "2" }, e: "3" } });
    expect(messages).toEqual(before);
  });

  it("leaves out paths the catalog does not have", () => {
    expect(pickMessages(messages, ["a.x", "y.z"])).toEqual({});
  });
});
