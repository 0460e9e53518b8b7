import nodemailer, { type Transporter } from "nodemailer";

/**
 * Email through the SMTP server SMTP_URL names (smtp://user:pass@host:587, smtps://...). Without
 * it there is no transport: messages go to the outbox admins read in the app, never nowhere.
 */
export type Mailer = { send(message: { to: string; subject: string; text: string; html: string }): Promise<void>; close(): void };

export const DEFAULT_FROM = "Cleared <no-reply@cleared.example>";

export function mailerFrom(env: Partial<Record<"SMTP_URL" | "MAIL_FROM", string>> = process.env as Record<string, string>): Mailer | null {
  if (!env.SMTP_URL) return null;
  // Pooled unless the URL says otherwise: a digest run sends many messages over a few connections.
  const url = new URL(env.SMTP_URL);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport: Transporter = nodemailer.createTransport(url.toString(), { from: env.MAIL_FROM || DEFAULT_FROM });
  return {
    async send({ to, subject, text, html }) {
      await transport.sendMail({ to, subject, text, html });
    },
    close: () => transport.close(),
  };
}

/**
 * Whether retrying can help: an SMTP 5xx answer (a rejected address, a refused message) will be
 * the same next time; a connection that failed or a 4xx answer may not be.
 */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export function describeFailure(error: unknown): string {
  const e = error as { code?: string; response?: string; message?: string };
  return (e.response ?? e.message ?? String(error)).slice(0, 500);
}
