import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, pacificDate, personId, signInAs } from "./support/fixtures";
import { expectUniqueLandmarks } from "./support/landmarks";

/**
 * The forms a clinic fills all day: a bad submission shows every error at once, fixing a field
 * takes its error away, and a slow save says so. Nothing here is saved, so no other test sees it.
 */
const VENIPUNCTURE = "Drawing blood (venipuncture)";

async function checked(page: Page) {
  await expectAccessible(page);
  await expectUniqueLandmarks(page);
}

/** Where Oakland Clinic's pages are, as its manager finds them. */
async function oaklandPath(page: Page): Promise<string> {
  await page.goto("/locations");
  await page.getByRole("link", { name: /Oakland Clinic/ }).first().click();
  await page.waitForURL(/\/locations\/[a-z0-9]+$/);
  return new URL(page.url()).pathname;
}

/** Holds every server action's answer back a moment, so the pending state can be seen. */
async function slowActions(page: Page) {
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
}

for (const width of [390, 1280]) {
  test.describe(`forms at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    let maria: string;

    test.beforeAll(async ({ browser }) => {
      const page = await browser.newPage();
      maria = await personId(page, "Maria Gonzalez");
      await page.close();
    });

    test("the record form shows all its errors at once, drops each as it is fixed, and says it is saving", async ({ page }) => {
      await signInAs(page, DEMO.managerOakland);
      await page.goto(`/people/${maria}/records/new`);
      await slowActions(page);
      await page.getByRole("button", { name: "Save record" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saving…" })).toBeAttached();
      await expect(page.locator("form[aria-busy=true]")).toBeAttached();

      await expect(page.locator("#title-error")).toHaveText("Title is required.");
      await expect(page.locator("#completedOn-error")).toHaveText("Completed on is required.");
      await expect(page.locator("#taskIds-error")).toHaveText("Choose the tasks this record covers.");
      await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toBeVisible();
      await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
      await checked(page);

      await page.getByLabel("Title").fill("Phlebotomy refresher");
      await expect(page.locator("#title-error")).toHaveCount(0);
      await expect(page.getByLabel("Title")).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#completedOn-error")).toBeVisible();
      await page.getByRole("checkbox", { name: VENIPUNCTURE, exact: true }).check();
      await expect(page.locator("#taskIds-error")).toHaveCount(0);
      await page.getByLabel("Completed on").fill(pacificDate(2));
      await expect(page.locator("#completedOn-error")).toHaveCount(0);
      // Every field it named has changed: the summary goes too.
      await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toHaveCount(0);

      // A new answer brings its own messages back: a completion in the future.
      await page.getByRole("button", { name: "Save record" }).click();
      await expect(page.locator("#completedOn-error")).toHaveText("The completion date is in the future. Record training once it has been completed.");
      await expect(page.locator("#title-error")).toHaveCount(0);
      await checked(page);
    });

    test("the grant form marks tasks already authorized and clears a fixed error", async ({ page }) => {
      await signInAs(page, DEMO.managerOakland);
      await page.goto(`/people/${maria}/authorizations/new`);
      await expect(page.getByRole("checkbox", { name: `${VENIPUNCTURE} (already authorized)`, exact: true })).toBeVisible();

      await page.getByLabel("Start date").fill("");
      await page.getByRole("button", { name: "Authorize" }).click();
      await expect(page.locator("#taskIds-error")).toHaveText("Choose at least one of the tasks.");
      await expect(page.locator("#effectiveFrom-error")).toHaveText("Start date is required.");
      await checked(page);

      await page.getByLabel("Start date").fill(pacificDate(1));
      await expect(page.locator("#effectiveFrom-error")).toHaveCount(0);
      await expect(page.locator("#taskIds-error")).toBeVisible();
      await page.getByRole("checkbox", { name: "Collecting specimens", exact: false }).first().check();
      await expect(page.locator("#taskIds-error")).toHaveCount(0);
      await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toHaveCount(0);
    });

    test("the bulk grant form names who already holds a task", async ({ page }) => {
      await signInAs(page, DEMO.managerOakland);
      await page.goto(`${await oaklandPath(page)}/authorize`);
      await page.getByRole("checkbox", { name: "Maria Gonzalez" }).check();
      await page.getByRole("checkbox", { name: "Aisha Johnson" }).check();
      await expect(page.getByRole("checkbox", { name: `${VENIPUNCTURE} (already authorized)`, exact: true })).toBeVisible();
      await expect(page.getByRole("checkbox", { name: "Assisting the provider during procedures (already authorized for Maria Gonzalez)", exact: true })).toBeVisible();
      await checked(page);
    });

    test("the supervision form names every problem in one pass, without 'Unknown id.'", async ({ page }) => {
      await signInAs(page, DEMO.managerOakland);
      await page.goto(`${await oaklandPath(page)}/supervision/new`);
      await page.getByRole("radio", { name: "Chosen people" }).check();
      await page.getByLabel("Start date").fill("2026-06-01");
      await page.getByLabel("Last day (optional)").fill("2026-05-01");
      await page.getByLabel("Start of window 1").fill("17:00");
      await page.getByLabel("End of window 1").fill("08:00");
      await page.getByRole("button", { name: "Save arrangement" }).click();

      await expect(page.locator("#supervisorId-error")).toHaveText("Choose the supervisor.");
      await expect(page.locator("#superviseeIds-error")).toHaveText("Choose who is supervised, or choose all medical assistants.");
      await expect(page.locator("#lastDay-error")).toHaveText("The last day cannot be before the start date.");
      await expect(page.getByText(/The window ends \(08:00\) before it starts \(17:00\)/)).toBeVisible();
      await expect(page.getByText("Unknown id.")).toHaveCount(0);
      await checked(page);

      await page.getByLabel("Supervisor").selectOption({ index: 1 });
      await expect(page.locator("#supervisorId-error")).toHaveCount(0);
      await page.getByLabel("End of window 1").fill("19:00");
      await expect(page.getByText(/The window ends \(08:00\)/)).toHaveCount(0);
      await expect(page.locator("#lastDay-error")).toBeVisible();
    });
  });

  test.describe(`admin screens at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the task catalog: quiet Retire buttons that confirm first, and one id per input", async ({ page }) => {
      await signInAs(page, DEMO.admin);
      await page.goto("/admin/tasks");
      const retire = page.getByRole("button", { name: /^Retire / });
      expect(await retire.count()).toBeGreaterThan(10);
      await expect(retire.first()).toHaveCSS("background-color", "rgb(255, 255, 255)");

      const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll("input:not([type=hidden]), select, textarea")].filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute("aria-label")).map((e) => e.outerHTML),
      );
      expect(unlabelled).toEqual([]);

      await retire.first().click();
      const dialog = page.getByRole("dialog");
      await expect(dialog.getByRole("heading", { name: /^Retire .*\?$/ })).toBeVisible();
      await expect(dialog.getByRole("button", { name: "Retire" })).not.toHaveCSS("background-color", "rgb(255, 255, 255)");
      await checked(page);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toHaveCount(0);

      // Each rename dialog's fields are its own: the second row's label leads to the second row's input.
      const rename = page.getByRole("button", { name: /^Rename / }).nth(1);
      const task = (await rename.textContent())!.replace(/^Rename\s*/, "").trim();
      await rename.click();
      await expect(page.getByRole("dialog").getByLabel("Name")).toHaveValue(task);
    });

    test("users: emails wrap at sensible points, and the page fits the screen", async ({ page }) => {
      await signInAs(page, DEMO.admin);
      await page.goto("/admin/users");
      const email = page.getByRole("cell", { name: "manager.oakland@cleared.example" });
      await expect(email).toBeVisible();
      const style = await email.locator("span").first().evaluate((e) => ({ wordBreak: getComputedStyle(e).wordBreak, overflowWrap: getComputedStyle(e).overflowWrap }));
      expect(style).toEqual({ wordBreak: "normal", overflowWrap: "anywhere" });
      await checked(page);
    });

    test("the header fits on one line", async ({ page }) => {
      await signInAs(page, DEMO.admin);
      await page.goto("/admin/tasks");
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      if (width < 1280) {
        await page.getByText("Menu", { exact: true }).click();
        await expect(page.getByRole("navigation", { name: "Main (mobile)" }).getByRole("link", { name: "Users" })).toBeVisible();
        return;
      }
      const nav = page.getByRole("navigation", { name: "Main", exact: true });
      const tops = await nav.locator(":scope > ul > li").evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      await nav.getByText("Admin", { exact: true }).click();
      await expect(nav.getByRole("link", { name: "Users" })).toBeVisible();
      await checked(page);
      await page.keyboard.press("Escape");
      await expect(nav.getByRole("link", { name: "Users" })).toBeHidden();

      // A page that takes longer than a moment says it is loading.
      await page.route("**/*", async (route) => {
        if (route.request().headers()["rsc"]) await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      });
      await nav.getByRole("link", { name: "People" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Loading the page…" })).toBeAttached();
      await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "Loading the page…" })).toHaveCount(0);
    });
  });
}
