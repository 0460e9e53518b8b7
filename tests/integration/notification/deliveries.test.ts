import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { retryMessageAction } from "@/lib/notification/actions";
import { deliveryCounts, listDeliveries } from "@/lib/notification/data";
import { signInNew } from "@/tests/support/actors";
import { makeLocation, makeUser } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let n = 0;
async function message(status: "failed" | "sent" | "outbox" | "pending") {
  const { user } = await makeUser();
  // As assembleMessages makes them: ids from gen_random_uuid().
  return prisma.message.create({ data: { id: randomUUID(), userId: user.id, toAddress: user.email, cadence: "daily", periodKey: `day:2026-11-${10 + ++n}`, subject: `Cleared: item ${n}`, text: "Hello", html: "<p>Hello</p>", status, attempts: status === "failed" ? 5 : 1, lastError: status === "failed" ? "550 No such user" : null } });
}
const changes = () => prisma.auditEvent.count({ where: { action: { not: "access.denied" } } });

describe(`deliveries, for admins (${testEngine})`, () => {
  it("sends a failed message again: back to pending, attempts from zero, audited", async () => {
    const failed = await message("failed");
    const admin = await signInNew([{ role: "admin" }]);
    expect(await retryMessageAction(undefined, { messageId: failed.id })).toEqual({ status: "success", message: "The message will be sent again within a minute.", data: undefined });
    expect(await prisma.message.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "pending", attempts: 0, lastError: null });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "notification.retry", entityId: failed.id } })).toMatchObject({ actorUserId: admin.user.id, before: { status: "failed" } });
  });

  it("refuses to resend a message that did not fail, and changes nothing", async () => {
    const sent = await message("sent");
    await signInNew([{ role: "admin" }]);
    const before = await changes();
    expect(await retryMessageAction(undefined, { messageId: sent.id })).toMatchObject({ status: "error", code: "REFUSED", message: "Only a failed message can be sent again." });
    expect(await retryMessageAction(undefined, { messageId: "nosuchmessage1" })).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await prisma.message.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "sent", attempts: 1 });
    expect(await changes()).toBe(before);
  });

  it("is refused to a manager", async () => {
    const failed = await message("failed");
    const location = await makeLocation();
    await signInNew([{ role: "manager", locationId: location.id }], [location.id]);
    expect(await retryMessageAction(undefined, { messageId: failed.id })).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect((await prisma.message.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("failed");
  });

  it("lists messages by status with their counts", async () => {
    await message("outbox");
    const counts = await deliveryCounts();
    const outbox = await listDeliveries({ status: "outbox" });
    expect(outbox).toHaveLength(counts.outbox);
    expect(outbox[0]).toMatchObject({ status: "outbox", cadence: "daily", notices: 0, recipient: expect.stringMatching(/\w+ \w+/) });
  });
});
