import { beforeEach, describe, expect, it, vi } from "vitest";

// The action's only contact with Next.js: a cookie jar that records what is set.
const set = vi.fn();
vi.mock("next/headers", () => ({ cookies: async () => ({ set }) }));

const { chooseLocaleAction } = await import("@/lib/i18n/actions");

function choice(locale: unknown): FormData {
  const form = new FormData();
  if (typeof locale === "string") form.set("locale", locale);
  return form;
}

describe("choosing a language on the sign-in page", () => {
  beforeEach(() => set.mockClear());

  it.each(["es", "en"])("keeps %s in the language cookie for a year, for the whole site", async (locale) => {
    await chooseLocaleAction(choice(locale));
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith("cleared-locale", locale, { httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 31_536_000 });
  });

  it("marks the cookie Secure when the app is served over https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://cleared.example");
    try {
      await chooseLocaleAction(choice("es"));
    } finally {
      vi.unstubAllEnvs();
    }
    expect(set.mock.calls[0]?.[2]).toMatchObject({ secure: true });
  });

  it.each([["fr"], ["ES"], [""], ["es; Path=/admin"], ["__proto__"], [undefined]])("refuses %j and sets nothing", async (locale) => {
    await chooseLocaleAction(choice(locale));
    expect(set).not.toHaveBeenCalled();
  });
});
