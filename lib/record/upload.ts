import { checkEvidence } from "./evidence";
import type { Evidence } from "./mutations";

/** Reads uploaded files and checks each; the first problem is reported and nothing is kept. */
export async function readEvidence(files: readonly File[]): Promise<{ ok: true; files: Evidence[] } | { ok: false; message: string }> {
  const accepted: Evidence[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkEvidence(file.name, bytes);
    if (!checked.ok) return checked;
    accepted.push({ ...checked.file, bytes });
  }
  return { ok: true, files: accepted };
}
