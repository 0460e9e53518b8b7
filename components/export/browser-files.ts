/** Browser helpers for downloads the page follows (progress, cancel) and for hashing a file locally. */

export type Problem = { title: string; detail?: string; errors?: { field: string; message: string }[] };

export class DownloadFailed extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

async function problemOf(response: Response): Promise<Problem> {
  const body = (await response.json().catch(() => null)) as Problem | null;
  return body?.title ? body : { title: response.status === 404 ? "Not found, or not yours to export." : "The export failed. Try again." };
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new DownloadFailed(await problemOf(response));
  return (await response.json()) as T;
}

/**
 * Downloads `url` while reporting bytes and lines received (a CSV's lines are its rows), then
 * saves it under the name the server gave. Nothing is saved when `signal` aborts.
 */
export async function streamDownload(url: string, signal: AbortSignal, onProgress: (received: { bytes: number; lines: number }) => void): Promise<{ blob: Blob; fileName: string; exportId: string | null }> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw new DownloadFailed(await problemOf(response));
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.length;
    for (const byte of value) if (byte === 10) lines++;
    onProgress({ bytes, lines });
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "export";
  const blob = new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return { blob, fileName, exportId: response.headers.get("x-export-id") };
}

/** SHA-256 of a file, computed in the browser; null where the browser offers no hashing (plain HTTP). */
export async function sha256Hex(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
