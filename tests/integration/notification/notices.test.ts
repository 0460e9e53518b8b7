import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { GET as openNotice } from "@/app/(app)/notifications/[noticeId]/open/route";
import { prisma } from "@/lib/db/client";
import { markNoticesReadAction } from "@/lib/notification/actions";
import { noticesFor, unreadCount } from "@/lib/notification/data";
import { signInNew } from "@/tests/support/actors";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let n = 0;
// As the scan makes them: ids from gen_random_uuid().
const noticeFor = (userId: string, link = "/people/abcdefgh1234") =>
  prisma.notice.create({ data: { id: randomUUID(), userId, kind: "record_expiring", itemId: `item${++n}`, threshold: "30", urgency: 30, title: `Notice ${n}`, detail: "Renew it.", link, cadence: "daily" } });
const open = (id: string) => openNotice(new Request(`http://test/notifications/${id}/open`), { params: Promise.resolve({ noticeId: id }) });

describe(`a user's own notifications (${testEngine})`, () => {
  it("marks only the user's own notices read, whatever ids are sent", async () => {
    const other = await signInNew([{ role: "medical_assistant" }]);
    const theirs = await noticeFor(other.user.id);
    const me = await signInNew([{ role: "medical_assistant" }]);
    const [first, second] = [await noticeFor(me.user.id), await noticeFor(me.user.id)];

    expect(await markNoticesReadAction(undefined, { noticeIds: [theirs.id] })).toMatchObject({ status: "success", message: "Nothing was unread." });
    expect(await unreadCount(other.user.id)).toBe(1);

    expect(await markNoticesReadAction(undefined, { noticeIds: first.id })).toMatchObject({ status: "success", message: "Marked 1 as read." });
    expect((await noticesFor(me.user.id)).map((x) => [x.id, x.readAt !== null])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);

    expect(await markNoticesReadAction(undefined, {})).toMatchObject({ status: "success", message: "Marked 1 as read." });
    expect(await unreadCount(me.user.id)).toBe(0);
    expect(await unreadCount(other.user.id)).toBe(1);
  });

  it("opening a notice marks it read and goes to its page; another user's is not found", async () => {
    const other = await signInNew([{ role: "medical_assistant" }]);
    const theirs = await noticeFor(other.user.id);
    const me = await signInNew([{ role: "medical_assistant" }]);
    const mine = await noticeFor(me.user.id, "/people/abcdefgh1234/validate?location=loc12345678&tasks=taskvitals");

    const response = await open(mine.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/people/abcdefgh1234/validate?location=loc12345678&tasks=taskvitals");
    expect((await prisma.notice.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();

    const denied = await prisma.auditEvent.count({ where: { action: "access.denied" } });
    expect((await open(theirs.id)).status).toBe(404);
    expect((await open("not-an-id")).status).toBe(404);
    expect((await prisma.notice.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "access.denied" } })).toBe(denied + 2);
  });

  it("never follows a stored link that leaves the app", async () => {
    const me = await signInNew([{ role: "medical_assistant" }]);
    for (const link of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const response = await open((await noticeFor(me.user.id, link)).id);
      expect(response.headers.get("location")).toBe("/notifications");
    }
  });

  it("answers 401 without a session", async () => {
    const me = await signInNew([{ role: "medical_assistant" }]);
    const mine = await noticeFor(me.user.id);
    const { jar } = await import("@/tests/support/session");
    jar.session = null;
    expect((await open(mine.id)).status).toBe(401);
  });
});
