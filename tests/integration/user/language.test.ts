import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { loadActor } from "@/lib/auth/data";
import { changeOwnPasswordAction } from "@/lib/user/actions";
import { setOwnLanguage } from "@/lib/user/mutations";
import { languageSchema } from "@/lib/user/schema";
import { auditCount, FACTORY_PASSWORD, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { firstIssue } from "@/tests/support/words";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const context = { ...SYSTEM_CONTEXT, actorLabel: "ma@example.org" };

describe("a user's own language", () => {
  it("is stored, audited in the same change, and read with the actor on the next request", async () => {
    const { user } = await makeUser();
    const before = await auditCount({ action: "user.set_language" });
    expect((await setOwnLanguage(user.id, "es", context)).ok).toBe(true);
    expect((await loadActor(user.id, user.sessionVersion))?.locale).toBe("es");
    expect(await auditCount({ action: "user.set_language" })).toBe(before + 1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.set_language", entityId: user.id }, orderBy: { seq: "desc" } });
    expect(event.after).toEqual({ locale: "es" });
  });

  it("follows the browser again once the choice is cleared", async () => {
    const { user } = await makeUser();
    await setOwnLanguage(user.id, "es", context);
    await setOwnLanguage(user.id, null, context);
    expect((await loadActor(user.id, user.sessionVersion))?.locale).toBeNull();
  });

  it("refuses a value that is not one of the languages, and the database refuses it too", async () => {
    expect(firstIssue(languageSchema.safeParse({ language: "fr" }))).toBe("Choose one of the languages listed.");
    expect(firstIssue(languageSchema.safeParse({ language: "fr" }), "es")).toBe("Elija uno de los idiomas de la lista.");
    expect(languageSchema.parse({ language: "browser" })).toEqual({ language: "browser" });
    const { user } = await makeUser();
    await expect(prisma.user.update({ where: { id: user.id }, data: { locale: "fr" } })).rejects.toThrow();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBeNull();
  });

  it("words the password policy's refusal in the user's language, through the action", async () => {
    const weak = { currentPassword: FACTORY_PASSWORD, newPassword: "short", confirmPassword: "short" };
    const { user } = await makeUser();
    await signInAs(user);
    expect(await changeOwnPasswordAction(undefined, weak)).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { newPassword: "Use at least 12 characters. A few unrelated words make a strong, memorable password." } });
    await setOwnLanguage(user.id, "es", context);
    expect(await changeOwnPasswordAction(undefined, weak)).toMatchObject({
      status: "error",
      message: "Algunos campos necesitan atención.",
      fieldErrors: { newPassword: "Use al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar." },
    });
  });
});
