import { describe, expect, it } from "vitest";
import { PASSWORD_PROBLEM_MESSAGES } from "@/lib/auth/password";
import { changePasswordSchema } from "@/lib/auth/schema";
import { say } from "@/lib/i18n/said";
import { describePeriod } from "@/lib/person/employment";
import { createPersonSchema } from "@/lib/person/schema";
import { resetSchema } from "@/lib/second-factor/schema";
import { SECOND_FACTOR_MESSAGES } from "@/lib/second-factor/wording";
import { createTokenSchema } from "@/lib/token/schema";
import { accessSchema } from "@/lib/user/schema";
import { english, firstIssue, spanish } from "@/tests/support/words";

/**
 * The lib folders' own messages (lib/i18n/said.ts), read by an English and a Spanish reader: the
 * English words are those of before, the Spanish ones come from the catalogs.
 */
const issueAt = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string, words: (m: string) => string | undefined) =>
  words(result.error?.issues.find((i) => i.path[0] === field)?.message ?? "");

describe("schema field errors in both languages", () => {
  it("person: the employee ID's characters", () => {
    const result = createPersonSchema.safeParse({ firstName: "Ana", lastName: "Lopez", employeeId: "-bad", kind: "staff", locationId: "locoakland001", from: "2026-01-05" });
    expect(issueAt(result, "employeeId", english)).toBe("The employee ID may use letters, digits, . _ and - only.");
    expect(issueAt(result, "employeeId", spanish)).toBe("El ID de empleado solo puede usar letras, dígitos, . _ y -.");
  });

  it("user: a role is required", () => {
    const result = accessSchema.safeParse({});
    expect(firstIssue(result)).toBe("Choose at least one role.");
    expect(firstIssue(result, "es")).toBe("Elija al menos un rol.");
  });

  it("token: the longest lifetime", () => {
    const result = createTokenSchema.safeParse({ name: "Payroll", scopes: "clearances:read", expiresInDays: "9999" });
    expect(issueAt(result, "expiresInDays", english)).toBe("A token lasts at most 365 days (one year); create a new one before it expires.");
    expect(issueAt(result, "expiresInDays", spanish)).toBe("Un token dura como máximo 365 días (un año); cree uno nuevo antes de que venza.");
  });

  it("auth: the two new passwords differ", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "old one here", newPassword: "a new password", confirmPassword: "another one" });
    expect(issueAt(result, "confirmPassword", english)).toBe("The two new passwords do not match.");
    expect(issueAt(result, "confirmPassword", spanish)).toBe("Las dos contraseñas nuevas no coinciden.");
  });

  it("second factor: the reason for a reset", () => {
    const result = resetSchema.safeParse({ userId: "useradmin0001", reason: "no" });
    expect(firstIssue(result)).toBe("Say why (for example: lost phone, confirmed in person).");
    expect(firstIssue(result, "es")).toBe("Indique el motivo (por ejemplo: perdió el teléfono, se confirmó en persona).");
  });
});

describe("outcomes in both languages", () => {
  it("second factor: the pause after wrong codes counts its minutes", () => {
    expect(english(SECOND_FACTOR_MESSAGES.throttled(1))).toBe("Too many wrong codes. For your security, sign-in is paused for 1 minute. Try again later or ask your administrator to reset your second factor.");
    expect(spanish(SECOND_FACTOR_MESSAGES.throttled(5))).toContain("queda en pausa durante 5 minutos");
  });

  it("auth: a short password", () => {
    expect(english(PASSWORD_PROBLEM_MESSAGES.too_short)).toBe("Use at least 12 characters. A few unrelated words make a strong, memorable password.");
    expect(spanish(PASSWORD_PROBLEM_MESSAGES.too_long)).toBe("Use como máximo 128 caracteres.");
  });

  it("person: a saved period names its dates", () => {
    const saved = say("person.outcome.employmentSaved", { location: "Oakland", period: describePeriod({ effectiveFrom: "2021-03-08", effectiveTo: "2024-07-01" }) });
    expect(english(saved)).toBe("Employment at Oakland 2021-03-08 to 2024-06-30 saved.");
    expect(spanish(saved)).toBe("Se guardó el empleo en Oakland del 2021-03-08 al 2024-06-30.");
  });

  it("authorization: a grant counts what it authorized and what it left", () => {
    expect(english(say("authorization.outcome.granted", { granted: 1, skipped: 0 }))).toBe("Authorized 1 task.");
    expect(english(say("authorization.outcome.granted", { granted: 3, skipped: 2 }))).toBe("Authorized 3 tasks (2 already active, left as they were).");
    expect(spanish(say("authorization.outcome.granted", { granted: 3, skipped: 1 }))).toBe("Se autorizaron 3 tareas (1 ya estaba activa y se dejó como estaba).");
  });

  it("user, token and record: outcomes a form shows", () => {
    expect(spanish(say("user.outcome.deactivateOwn"))).toBe("No puede desactivar su propia cuenta.");
    expect(english(say("token.outcome.revoked", { name: "Payroll" }))).toBe("“Payroll” is revoked: calls with it are refused from now on.");
    expect(spanish(say("token.outcome.revoked", { name: "Payroll" }))).toBe("«Payroll» está revocado: las llamadas con él se rechazan desde ahora.");
    expect(spanish(say("record.outcome.withdrawn", { date: "2026-01-05" }))).toBe("Registro retirado a partir del 2026-01-05. Las respuestas para momentos anteriores se mantienen como estaban.");
  });
});
