/** Browser helpers for downloads the page follows (progress, cancel) and for hashing a file locally. */

import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type Problem = { title: string; detail?: string; errors?: { field: string; message: string }[] };

/**
 * A refused or failed download. `problem` is what the server explained, or null when it sent no
 * explanation: the form then words the failure itself, from the status.
 */
export class DownloadFailed extends Error {
  constructor(
    readonly problem: Problem | null,
    readonly status: number,
  ) {
    super(problem ? (problem.detail ?? problem.title) : `HTTP ${status}`);
  }
}

async function failure(response: Response): Promise<DownloadFailed> {
  const body = (await response.json().catch(() => null)) as Problem | null;
  return new DownloadFailed(body?.title ? body : null, response.status);
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/**
 * Downloads `url` while reporting bytes and lines received (a CSV's lines are its rows), then
 * saves it under the name the server gave. Nothing is saved when `signal` aborts.
 */
export async function streamDownload(url: string, signal: AbortSignal, onProgress: (received: { bytes: number; lines: number }) => void): Promise<{ blob: Blob; fileName: string; exportId: string | null }> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw await failure(response);
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

/**
 * A file size as the viewer's language writes the number ("1.5" / "1,5"), and its unit for the
 * catalog to name: whole kilobytes under a megabyte, else megabytes to one decimal.
 */
export function fileSize(bytes: number, locale: Locale): { unit: "kilobytes" | "megabytes"; size: string } {
  const kilobytes = bytes < 1024 * 1024;
  const digits = kilobytes ? 0 : 1;
  const format = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  return kilobytes ? { unit: "kilobytes", size: format.format(Math.max(1, Math.round(bytes / 1024))) } : { unit: "megabytes", size: format.format(bytes / 1024 / 1024) };
}
