/**
 * The largest request body the app accepts: four evidence files of 10 MB with the rest of their form
 * (a CSV import is 5 MB at most). next.config.ts gives Next.js the same limit. Past it, Next.js would
 * cut the body short and answer 500, so a larger request is refused before it is read: by the proxy
 * from its Content-Length (413), and by forms in the browser before they send it.
 */
export const MAX_REQUEST_BODY_BYTES = 42 * 1024 * 1024;

export function bodyTooLarge(bytes: number): boolean {
  return bytes > MAX_REQUEST_BODY_BYTES;
}

export function bodyTooLargeMessage(bytes: number): string {
  return `This upload is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most 42 MB can be sent at once (evidence files are up to 10 MB each, a CSV import up to 5 MB). Choose smaller files and try again.`;
}
