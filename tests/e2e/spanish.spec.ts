import { expect, test, type Page } from "@playwright/test";
import { DEMO, captureForReadme, expectAccessible, personId, signInAs } from "./support/fixtures";
import { DEMO_PASSWORD } from "@/lib/demo/dataset";

/**
 * A Spanish-speaking medical assistant: her browser asks for Spanish, so Cleared answers in it
 * from the sign-in page on, with no setting to find first. The engine's own sentences are asserted
 * loosely here (their wording lives in the engine's catalog); the screens' words exactly.
 */
const ANSWER_WORD = /Habilitado|No habilitado|Consulte primero|Fuera de horario/;

async function signInInSpanish(page: Page, email: string) {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Hola, Maria/ })).toBeVisible();
}

/** A page of the header's navigation: in the row on a wide screen, behind "Menú" on a phone. */
async function openFromNav(page: Page, name: string, width: number) {
  if (width < 1280) {
    await page.getByText("Menú", { exact: true }).click();
    await page.getByRole("navigation", { name: "Principal (móvil)" }).getByRole("link", { name, exact: true }).click();
  } else {
    await page.getByRole("navigation", { name: "Principal", exact: true }).getByRole("link", { name, exact: true }).click();
  }
}

async function fitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`a Spanish-speaking medical assistant at ${width} px`, () => {
    test.use({ viewport: { width, height }, locale: "es-MX" });

    test("signs in, reads My clearances, and checks a task from the keyboard, all in Spanish", async ({ page }) => {
      await signInInSpanish(page, DEMO.maria);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expectAccessible(page);

      await openFromNav(page, "Mis habilitaciones", width);
      await expect(page.getByRole("heading", { name: "Mis habilitaciones", level: 1 })).toBeVisible();
      const main = page.locator("main");
      await expect(main).toContainText(/Ahora: \d{1,2} de [a-z]+ de \d{4} \d{2}:\d{2}/);
      await expect(main).toContainText(ANSWER_WORD);
      await expect(main).toContainText("Su organización ingresa las reglas estatales en Cleared");
      await fitsWidth(page, width);
      await expectAccessible(page);

      await page.getByRole("main").getByRole("link", { name: "Consultar una tarea", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Consultar una tarea", level: 1 })).toBeVisible();
      await page.getByPlaceholder("Escriba para filtrar").focus();
      await page.keyboard.type("blood");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("combobox", { name: "Tarea" })).toBeFocused();
      await page.keyboard.press("ArrowDown");
      const check = page.getByRole("button", { name: "Consultar", exact: true });
      for (let i = 0; i < 10 && !(await check.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
      await expect(check).toBeFocused();
      await page.keyboard.press("Enter");

      const verdict = page.locator("#answer-verdict");
      await expect(verdict).toBeFocused();
      await expect(verdict).toContainText(ANSWER_WORD);
      await expect(verdict.getByRole("heading", { level: 2 })).toContainText(/ en .+, \d{1,2} de [a-z]+ de \d{4} \d{2}:\d{2} \(hora/);
      await expect(page.getByRole("heading", { name: "Los cuatro factores" })).toBeVisible();
      for (const factor of ["Ley estatal", "Política del empleador y autorización", "Capacitación y competencia", "Supervisión"]) {
        await expect(page.getByRole("heading", { name: factor, exact: true })).toBeVisible();
      }
      await expect(page.getByRole("heading", { name: "Qué hacer después" })).toBeVisible();
      const steps = page.locator("section[aria-labelledby='next-steps-heading']");
      expect(await steps.locator("li").count()).toBeGreaterThan(0);
      // The engine's own words are Spanish too: its last step sends her to the state medical board.
      await expect(steps).toContainText("Verifique las normas de");
      await expect(steps).not.toContainText(/\b(Verify|Ask|Do not perform|Mon|Tue|Wed|Thu|Fri)\b/);
      await fitsWidth(page, width);
      await expectAccessible(page);
      if (width === 1280) await captureForReadme(page, "spanish-check");

      // A mistyped date is explained in Spanish, not in the schema's English.
      const url = new URL(page.url());
      url.searchParams.set("date", "14/03/2026");
      await page.goto(url.toString());
      await expect(page.getByRole("main").getByRole("alert")).toContainText("La fecha debe escribirse así: 2026-03-14.");
    });
  });
}

test.describe("a Spanish-speaking manager's forms", () => {
  test("a record form refused is explained in Spanish: each field's error and the summary, nothing saved", async ({ page }) => {
    const maria = await personId(page, "Maria Gonzalez");
    // The shared sign-in helper reads the English second-factor page; Spanish is chosen after it,
    // with the sign-in page's language link (its cookie), so the manager's own setting is untouched.
    await signInAs(page, DEMO.managerOakland);
    await page.goto(`/people/${maria}/records/new`);
    await page.context().addCookies([{ name: "cleared-locale", value: "es", url: new URL(page.url()).origin }]);
    await page.reload();
    await page.getByRole("button", { name: "Guardar el registro" }).click();
    await expect(page.locator("#title-error")).toHaveText("El campo «Título» es obligatorio.");
    await expect(page.locator("#completedOn-error")).toHaveText("El campo «Completado el» es obligatorio.");
    await expect(page.locator("#taskIds-error")).not.toHaveText(/Choose|\uE000/);
    await expect(page.getByRole("alert").filter({ hasText: "Algunos campos necesitan atención." })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("\uE000");
    await expectAccessible(page);
  });
});

test.describe("a user's own language", () => {
  test.use({ locale: "en-US" });

  test("an MA with an English browser chooses Español under Account, and Cleared follows her choice until she goes back to the browser's", async ({ page }) => {
    await signInAs(page, DEMO.maria);
    await page.goto("/account/language");
    await expect(page.getByRole("heading", { name: "Language" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("radio", { name: "Español" }).check();
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.getByRole("heading", { name: "Idioma" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");

    await page.getByRole("navigation", { name: "Principal", exact: true }).getByRole("link", { name: "Mis habilitaciones", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Mis habilitaciones", level: 1 })).toBeVisible();

    // Back to the browser's language (English here), so the choice is undone for the other specs.
    await page.goto("/account/language");
    await page.getByRole("radio", { name: /El idioma del navegador \(ahora: English\)/ }).check();
    await page.getByRole("button", { name: "Guardar idioma" }).click();
    await expect(page.getByRole("heading", { name: "Language" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("the sign-in page's language link", () => {
  test.use({ locale: "en-US" });

  test("switches an English browser to Spanish and back, from the keyboard, and remembers the choice", async ({ page, context }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    const spanish = page.getByRole("button", { name: "Español" });
    await expect(spanish).toHaveAttribute("lang", "es");
    await spanish.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByLabel("Correo electrónico")).toBeVisible();
    await expectAccessible(page);

    const cookie = (await context.cookies()).find((c) => c.name === "cleared-locale");
    expect(cookie).toMatchObject({ value: "es", sameSite: "Lax", httpOnly: true, path: "/" });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(364 * 86_400_000);

    // A fresh visit keeps the choice over the browser's English.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();

    const english = page.getByRole("button", { name: "English" });
    await expect(english).toHaveAttribute("lang", "en");
    await english.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a Spanish sign-in form refuses a wrong password in Spanish", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();
    // An address with no account, so no demo user's failures count towards a pause.
    await page.getByLabel("Correo electrónico").fill("nadie.aqui@cleared.example");
    await page.getByLabel("Contraseña").fill("not-the-password");
    await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await expect(page.locator("#sign-in-error")).toHaveText(/El correo electrónico o la contraseña no son correctos/);
  });
});
