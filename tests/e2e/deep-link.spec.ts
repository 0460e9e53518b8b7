import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/dataset";
import { DEMO, expectAccessible, nextWeekday, personId, signInAs } from "./support/fixtures";

const TUESDAY = nextWeekday(2);
const MOMENT = `date=${TUESDAY}&time=10:40`;

/** Fills the sign-in form already on screen (signInWithForm would open a fresh /sign-in and lose the return path). */
async function submitSignIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The same page on this site: path and query, however the query is encoded (`10:40` or `10%3A40`). */
function isPage(url: URL | string | null, deepLink: string): boolean {
  const path = url instanceof URL ? `${url.pathname}${url.search}` : url;
  if (!path?.startsWith("/") || path.startsWith("//")) return false;
  const actual = new URL(path, "http://localhost");
  const expected = new URL(deepLink, "http://localhost");
  return actual.origin === expected.origin && actual.pathname === expected.pathname && actual.searchParams.toString() === expected.searchParams.toString();
}

/** The clearances page at the demo's Tuesday, 10:40: an answer that only a signed-in MA can see. */
async function expectClearancesAtTuesday(page: Page, heading: string) {
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  await expect(page.getByLabel("Date")).toHaveValue(TUESDAY);
  await expect(page.getByLabel(/^Time/)).toHaveValue("10:40");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Drawing blood (venipuncture)", exact: true }) });
  await expect(row).toContainText("Cleared");
}

test.describe("links opened while signed out", () => {
  test("a medical assistant opening a link to her clearances signs in and lands on that page, query included", async ({ page }) => {
    const maria = await personId(page, "Maria Gonzalez");
    const deepLink = `/people/${maria}/clearances?${MOMENT}`;

    await page.goto(deepLink);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && isPage(url.searchParams.get("callbackUrl"), deepLink));
    await expectAccessible(page);
    await submitSignIn(page, DEMO.maria);

    await expect(page).toHaveURL((url) => isPage(url, deepLink));
    await expectClearancesAtTuesday(page, "My clearances");
    await expectAccessible(page);
  });

  test("after a session expired, the guard's redirect to sign-in returns to the page too", async ({ page, context, baseURL }) => {
    const maria = await personId(page, "Maria Gonzalez");
    const deepLink = `/people/${maria}/clearances?${MOMENT}`;
    // A session cookie the server no longer accepts: the proxy lets it through and the guard decides.
    await context.addCookies([{ name: "cleared.session", value: "expired-session", url: baseURL! }]);

    await page.goto(deepLink);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && isPage(url.searchParams.get("callbackUrl"), deepLink));
    await submitSignIn(page, DEMO.maria);
    await expect(page).toHaveURL((url) => isPage(url, deepLink));
    await expectClearancesAtTuesday(page, "My clearances");
  });

  for (const hostile of ["https://evil.example/people", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/api/v1/clearances"]) {
    test(`a return path of ${hostile} is refused: sign-in lands on Home`, async ({ page, baseURL }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(hostile)}`);
      await submitSignIn(page, DEMO.maria);
      await expect(page.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
      await expect(page).toHaveURL((url) => url.origin === new URL(baseURL!).origin && url.pathname === "/" && url.search === "");
    });
  }

  test("the return path survives the forced password change", async ({ page, browser }) => {
    const marcus = await personId(page, "Marcus Brown");
    const deepLink = `/people/${marcus}/clearances?${MOMENT}`;

    await signInAs(page, DEMO.admin);
    await page.goto("/admin/users?q=marcus");
    await page.getByRole("link", { name: "Marcus Brown" }).click();
    await page.getByRole("button", { name: "Reset password" }).click();
    await page.getByRole("dialog", { name: "Reset Marcus Brown's password?" }).getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByText(/^Temporary password:/)).toBeVisible();
    const temporary = (await page.locator("code").first().textContent())!.trim();

    const own = await browser.newContext();
    const phone = await own.newPage();
    await phone.goto(deepLink);
    await submitSignIn(phone, "marcus@cleared.example", temporary);
    await expect(phone).toHaveURL((url) => url.pathname === "/account/password" && isPage(url.searchParams.get("callbackUrl"), deepLink));
    await expect(phone.getByText("Choose a new password to continue")).toBeVisible();
    await phone.getByLabel("Current password").fill(temporary);
    await phone.getByLabel(/^New password/).fill("harbor kite meadow lantern");
    await phone.getByLabel("Repeat the new password").fill("harbor kite meadow lantern");
    await phone.getByRole("button", { name: "Change password" }).click();

    await expect(phone).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("notice") === "password-changed" && isPage(url.searchParams.get("callbackUrl"), deepLink));
    await expect(phone.getByText("Password changed. Sign in with your new password.")).toBeVisible();
    await submitSignIn(phone, "marcus@cleared.example", "harbor kite meadow lantern");
    await expect(phone).toHaveURL((url) => isPage(url, deepLink));
    await expect(phone.getByRole("heading", { name: "My clearances" })).toBeVisible();
    await expect(phone.getByLabel("Date")).toHaveValue(TUESDAY);
    await own.close();
  });
});
