import "server-only";
import { claimMessage, finishDelivery, type DeliveryResult } from "./mutations";
import { describeFailure, isPermanent, type Mailer } from "./mail";

/** Attempts per message before it is given up and shown as failed (the queue retries in between). */
export const MAX_ATTEMPTS = 5;

/**
 * One attempt at one message: sent, kept in the outbox (no SMTP server configured), failed for good
 * (a permanent refusal, or the last attempt), or left pending for a retry. Null when the message is
 * not for sending now (sent already, given up, or in someone else's hands).
 */
export async function deliver(messageId: string, mailer: Mailer | null, now: Date = new Date()): Promise<DeliveryResult | null> {
  const message = await claimMessage(messageId, now);
  if (!message) return null;
  let result: DeliveryResult;
  if (!mailer) result = { status: "outbox", error: null };
  else {
    try {
      await mailer.send({ to: message.toAddress, subject: message.subject, text: message.text, html: message.html });
      result = { status: "sent", error: null };
    } catch (error) {
      const final = isPermanent(error) || message.attempts >= MAX_ATTEMPTS;
      result = { status: final ? "failed" : "pending", error: describeFailure(error) };
    }
  }
  await finishDelivery(messageId, result);
  return result;
}
