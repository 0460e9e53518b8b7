import { describe, expect, it } from "vitest";
import { SIGN_IN_MESSAGES, signInRefusal } from "@/lib/auth/sign-in";
import { signInErrorMessage } from "@/lib/sso/rules";

describe("what the sign-in form says, in each language", () => {
  it("keeps the English words", () => {
    expect(SIGN_IN_MESSAGES.invalid()).toBe("Email or password is incorrect, or the account is not active.");
    expect(SIGN_IN_MESSAGES.ssoOnly("Okta")).toBe("Your organization signs in with Okta. Use the button above.");
    expect(SIGN_IN_MESSAGES.throttled(1)).toBe(
      "Too many failed sign-in attempts. For your security, sign-in is paused for 1 minute. Try again later or ask your administrator to reset your password.",
    );
    expect(SIGN_IN_MESSAGES.throttled(15)).toMatch(/sign-in is paused for 15 minutes\./);
  });

  it("says each refusal in Spanish", () => {
    expect(signInRefusal({ ok: false, reason: "invalid" }, "es")).toBe("El correo electrónico o la contraseña no son correctos, o la cuenta no está activa.");
    expect(signInRefusal({ ok: false, reason: "sso_only", providerName: "Okta" }, "es")).toBe("Su organización inicia sesión con Okta. Use el botón de arriba.");
    expect(signInRefusal({ ok: false, reason: "throttled", minutes: 1, retryAfter: 60 }, "es")).toMatch(/en pausa durante 1 minuto\./);
    expect(signInRefusal({ ok: false, reason: "throttled", minutes: 15, retryAfter: 900 }, "es")).toMatch(/en pausa durante 15 minutos\./);
  });

  it("names single sign-on failures in Spanish, and still nothing for a code that is not ours", () => {
    expect(signInErrorMessage("SsoInactive", "es")).toBe("Su cuenta de Cleared no está activa. Consulte a su administrador si necesita acceso de nuevo.");
    expect(signInErrorMessage("OAuthCallback", "es")).toMatch(/^El inicio de sesión único falló/);
    expect(signInErrorMessage("constructor", "es")).toBeNull();
  });
});
