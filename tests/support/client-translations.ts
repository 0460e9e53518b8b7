import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Which message paths a page's client components read, found in the source: the files the page
 * reaches by static imports, the client modules among them (a "use client" file and everything it
 * imports), and in those the translators from useTranslations and the keys called on them. Where a
 * translator is used any other way (handed to a helper, a key worked out at run time) the whole
 * namespace is needed. It errs towards needing more, never less.
 */

export const ROOT = path.resolve(import.meta.dirname, "../..");

type Source = { code: string; text: string };
const sources = new Map<string, Source>();

/** The file's text, and the same text with comments blanked and string contents masked (same offsets), so braces and names in code can be counted. */
export function source(file: string): Source {
  let found = sources.get(file);
  if (!found) {
    const text = readFileSync(file, "utf8");
    found = { text, code: mask(text) };
    sources.set(file, found);
  }
  return found;
}

function mask(text: string): string {
  const out = text.split("");
  // Each entry is a template literal's brace depth when its `${` opened; code resumes the template at the matching `}`.
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  const template = () => {
    // From just after a backtick or a closing `}`: the literal text up to `${` or the closing backtick.
    const start = i;
    while (i < text.length && text[i] !== "`" && !(text[i] === "$" && text[i + 1] === "{")) i += text[i] === "\\" ? 2 : 1;
    blank(start, i);
    if (text[i] === "`") i++;
    else {
      templates.push(depth);
      depth++;
      i += 2;
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && text[i + 1] === "*") {
      const stop = text.indexOf("*/", i + 2) + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = ++i;
      // A quote or slash that opens no literal (an apostrophe in text) spoils one line at most.
      while (i < text.length && text[i] !== c && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      blank(start, i);
      i++;
    } else if (c === "`") {
      i++;
      template();
    } else if (c === "/" && /[(,=:[!&|?{;]\s*$|^\s*$/.test(text.slice(Math.max(0, i - 40), i).split("\n").pop()!)) {
      // A regular expression literal: its quotes and braces are not code.
      const start = ++i;
      let inClass = false;
      while (i < text.length && (inClass || text[i] !== "/") && text[i] !== "\n") {
        if (text[i] === "[") inClass = true;
        else if (text[i] === "]") inClass = false;
        i += text[i] === "\\" ? 2 : 1;
      }
      blank(start, i);
      i++;
    } else if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      depth--;
      i++;
      if (templates.at(-1) === depth) {
        templates.pop();
        template();
      }
    } else i++;
  }
  return out.join("");
}

export function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The project's modules a file imports at run time (`import type` brings in nothing). */
export function importsOf(file: string): string[] {
  const { text, code } = source(file);
  const found: string[] = [];
  // Matched on the masked code so that a commented-out import does not count; the name is read from the text.
  for (const m of code.matchAll(/\b(import|export)\b([^;"'`()=]*?)(?:\bfrom\s*|\(\s*|\s)"/g)) {
    if (/^\s*type\b/.test(m[2]!)) continue;
    const open = m.index + m[0].length;
    const spec = text.slice(open, text.indexOf('"', open));
    if (!spec.startsWith("@/") && !spec.startsWith(".")) continue;
    const resolved = resolveImport(file, spec);
    if (resolved) found.push(resolved);
  }
  return found;
}

const directive = (file: string, name: string) => new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`).test(source(file).text);

/**
 * The client modules a page, layout or boundary brings: every "use client" module it reaches and
 * what those import. A "use server" module's functions stay on the server even when a client
 * component imports them, so the walk does not follow it.
 */
export function clientModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const client = new Set<string>();
  const walk = (file: string, onClient: boolean) => {
    const isClient = onClient || directive(file, "use client");
    if (isClient && directive(file, "use server")) return;
    const key = `${isClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (isClient) client.add(file);
    for (const next of importsOf(file)) walk(next, isClient);
  };
  walk(entry, false);
  return client;
}

export type Need = { path: string; file: string; why: string };

const NAMESPACE = /^\s*(["'])([\w.]*)\1\s*\)/;

/** The message paths one client module reads. */
export function needsOf(file: string): Need[] {
  const { code, text } = source(file);
  const rel = path.relative(ROOT, file);
  const needs: Need[] = [];
  for (const call of code.matchAll(/\buseTranslations\s*\(/g)) {
    const after = call.index + call[0].length;
    const ns = NAMESPACE.exec(text.slice(after))?.[2];
    const line = lineOf(text, call.index);
    if (ns === undefined || ns === "") {
      // No namespace (or one worked out at run time): all of it.
      needs.push({ path: "", file: rel, why: `useTranslations without a literal namespace (line ${line})` });
      continue;
    }
    const declared = /(?:const|let)\s+(\w+)\s*=\s*$/.exec(code.slice(Math.max(0, call.index - 80), call.index));
    if (!declared) {
      needs.push({ path: ns, file: rel, why: `a translator not kept in a variable (line ${line})` });
      continue;
    }
    needs.push(...keysOf(file, declared[1]!, ns, call.index));
  }
  return needs;
}

function lineOf(text: string, index: number) {
  return text.slice(0, index).split("\n").length;
}

/** Where a name declared at `at` is in scope: the innermost block around the declaration. */
function scopeAround(code: string, at: number): [number, number] {
  let depth = 0;
  let start = 0;
  for (let i = at; i >= 0; i--) {
    if (code[i] === "}") depth++;
    else if (code[i] === "{" && depth-- === 0) {
      start = i;
      break;
    }
  }
  depth = 0;
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === "{") depth++;
    else if (code[i] === "}" && depth-- === 0) return [start, i];
  }
  return [start, code.length];
}

function keysOf(file: string, name: string, ns: string, declaredAt: number): Need[] {
  const { code, text } = source(file);
  const rel = path.relative(ROOT, file);
  const [from, to] = scopeAround(code, declaredAt);
  const needs: Need[] = [];
  // Ranges where an arrow function's parameter of the same name (`tasks.map((t) => t.id)`) hides the translator.
  const hidden: [number, number][] = [];
  for (const use of code.slice(from, to).matchAll(new RegExp(`(?<![\\w$.])${name}(?![\\w$])`, "g"))) {
    const at = from + use.index;
    if (hidden.some(([a, b]) => at >= a && at < b)) continue;
    if (code.slice(at + name.length).match(/^\s*=\s*useTranslations\b/)) continue;
    const body = arrowBodyOf(code, at, name);
    if (body) {
      hidden.push(body);
      continue;
    }
    const line = lineOf(text, at);
    const call = /^(?:\.(?:rich|markup|raw|has))?\s*\(\s*/.exec(code.slice(at + name.length));
    const keys = call ? literalKeys(text.slice(at + name.length + call[0].length)) : keysOfHelper(file, at, name);
    if (keys === null) needs.push({ path: ns, file: rel, why: `${name} used other than with a literal key (line ${line})` });
    else for (const key of keys) needs.push({ path: key === "" ? ns : `${ns}.${key}`, file: rel, why: `${call ? `${name}(…)` : `${name} handed to a helper`} at line ${line}` });
  }
  return needs;
}

/**
 * The keys a helper can ask of a translator handed to it (`tierText(t, tier)`), read from the type
 * of its parameter: `(key: "a.b" | \`tier.${Tier}\`) => string`, written there or in a type alias
 * beside it. null when the translator is used any other way, or the type does not say.
 */
function keysOfHelper(file: string, at: number, name: string): string[] | null {
  const { code, text } = source(file);
  if (!/^\s*[,)]/.test(code.slice(at + name.length))) return null;
  let depth = 0;
  let commas = 0;
  let open = at - 1;
  for (; open >= 0; open--) {
    const c = code[open]!;
    if (")]}".includes(c)) depth++;
    else if ("([{".includes(c) && depth-- === 0) break;
    else if (c === "," && depth === 0) commas++;
  }
  if (code[open] !== "(") return null;
  const helper = /(?<![\w$.])(\w+)\s*$/.exec(code.slice(0, open))?.[1];
  if (!helper) return null;
  const imported = new RegExp(`import\\s*\\{[^}]*\\b${helper}\\b[^}]*\\}\\s*from\\s*"([^"]+)"`).exec(text);
  const home = imported ? resolveImport(file, imported[1]!) : file;
  if (!home) return null;
  const params = parameterTypes(source(home).text, helper);
  const type = params?.[commas];
  if (type === undefined) return null;
  const alias = /^\w+$/.test(type) ? new RegExp(`\\btype\\s+${type}\\s*=\\s*([^;]+);`).exec(source(home).text)?.[1] : type;
  const key = alias && /^\(\s*\w+\??\s*:\s*([^,)]+)/.exec(alias.trim())?.[1];
  if (!key) return null;
  const keys = key.split("|").map((part) => literalKeys(`${part.trim()})`));
  return keys.every((k) => k !== null && k.length === 1) ? keys.map((k) => k![0]!) : null;
}

/** The declared types of a function's parameters, in order (defaults dropped). */
function parameterTypes(text: string, fn: string): string[] | null {
  const start = new RegExp(`\\bfunction\\s+${fn}\\s*(?:<[^>]*>)?\\(`).exec(text);
  if (!start) return null;
  const params: string[] = [];
  let depth = 0;
  let from = start.index + start[0].length;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if ("([{<".includes(c)) depth++;
    else if (")]}".includes(c) || (c === ">" && text[i - 1] !== "=")) {
      if (depth-- === 0) {
        params.push(text.slice(from, i));
        break;
      }
    } else if (c === "," && depth === 0) {
      params.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return params.map((p) => p.replace(/^[^:]*:/, "").replace(/\s=(?!>)[^]*$/, "").trim());
}

/** When the name at `at` is a parameter of an arrow function, where that function's body is. */
function arrowBodyOf(code: string, at: number, name: string): [number, number] | null {
  let after = at + name.length;
  if (/^\s*[,):]/.test(code.slice(after)) && /[(,]\s*$/.test(code.slice(0, at))) {
    let depth = 0;
    for (; after < code.length; after++) {
      if (code[after] === "(") depth++;
      else if (code[after] === ")" && depth-- === 0) break;
    }
    after++;
  }
  const arrow = /^\s*=>\s*/.exec(code.slice(after));
  if (!arrow) return null;
  const start = after + arrow[0].length;
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && depth-- === 0) return [start, i];
    else if (depth === 0 && code[start] !== "{" && (c === "," || c === ";")) return [start, i];
    if (depth === 0 && code[start] === "{" && c === "}") return [start, i + 1];
  }
  return [start, code.length];
}

/**
 * The keys a call's first argument names, as far as they are written out: "a.b" is `a.b`,
 * `kind.${x}` is `kind` (some key under it), and `c ? "a" : "b"` is both. "" when nothing before a
 * dot is fixed, null when the argument is not a literal.
 */
function literalKeys(argument: string): string[] | null {
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1\s*[,)]/.exec(argument);
  if (quoted) return [quoted[2]!];
  const either = /^[\w$.!=\s]*\?\s*(["'])((?:\\.|(?!\1).)*)\1\s*:\s*(["'])((?:\\.|(?!\3).)*)\3\s*[,)]/.exec(argument);
  if (either) return [either[2]!, either[4]!];
  const template = /^`([^`$]*)(\$\{|`\s*[,)])/.exec(argument);
  if (!template) return null;
  if (template[2]!.startsWith("`")) return [template[1]!];
  const dot = template[1]!.lastIndexOf(".");
  return [dot === -1 ? "" : template[1]!.slice(0, dot)];
}
