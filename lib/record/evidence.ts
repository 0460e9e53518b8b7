import { say, type MessageKey } from "@/lib/i18n/said";

/**
 * Evidence files (certificates, sign-off sheets) are accepted only as PDF, PNG or JPEG, up to
 * 10 MB, and only when the bytes are what the name says: a PNG renamed .pdf or an HTML page saved as
 * .pdf is refused, since a browser could otherwise be talked into rendering it.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 4;

type FileKind = { label: MessageKey; contentType: string; extensions: readonly string[]; magic: readonly number[] };

const KINDS: readonly FileKind[] = [
  { label: "record.evidence.pdf", contentType: "application/pdf", extensions: [".pdf"], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { label: "record.evidence.png", contentType: "image/png", extensions: [".png"], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: "record.evidence.jpeg", contentType: "image/jpeg", extensions: [".jpg", ".jpeg"], magic: [0xff, 0xd8, 0xff] },
];

export type CheckedEvidence = { fileName: string; contentType: string };

export function checkEvidence(name: string, bytes: Uint8Array): { ok: true; file: CheckedEvidence } | { ok: false; message: string } {
  const fileName = safeFileName(name);
  if (bytes.length === 0) return { ok: false, message: say("record.evidence.empty", { file: fileName }) };
  if (bytes.length > EVIDENCE_MAX_BYTES) return { ok: false, message: say("record.evidence.tooLarge", { file: fileName, size: megabytes(bytes.length) }) };
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
  const named = KINDS.find((k) => k.extensions.includes(extension));
  if (!named) return { ok: false, message: say("record.evidence.notAccepted", { file: fileName }) };
  const actual = KINDS.find((k) => k.magic.every((byte, i) => bytes[i] === byte));
  if (actual !== named) {
    const message = actual ? say("record.evidence.mismatch", { file: fileName, named: say(named.label), actual: say(actual.label) }) : say("record.evidence.unknownContents", { file: fileName, named: say(named.label) });
    return { ok: false, message };
  }
  return { ok: true, file: { fileName, contentType: named.contentType } };
}

/** The name as shown and sent back on download: no path, no control characters, bounded length. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (clean.length <= 150) return clean || "evidence";
  const extension = /\.[^.]{1,8}$/.exec(clean)?.[0] ?? "";
  return clean.slice(0, 150 - extension.length) + extension;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
