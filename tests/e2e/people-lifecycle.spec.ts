import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, pacificDate, personId, signInAs } from "./support/fixtures";

/**
 * The people lifecycle as a manager lives it: adding someone who starts at her clinic, and ending
 * the employment of someone who left. Employment periods are dated on the organization's calendar
 * (Pacific time in the demo).
 */
test("a manager adds a person at Oakland; a refused save keeps what was typed", async ({ page }) => {
  await signInAs(page, DEMO.managerOakland);
  await page.goto("/people");
  await page.getByRole("link", { name: "Add a person" }).click();
  await expect(page.getByRole("heading", { name: "Add a person", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("First name").fill("Lena");
  await page.getByRole("radio", { name: "Medical assistant" }).check();
  await page.getByLabel("Location").selectOption({ label: "Oakland Clinic (CA)" });
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("Last name is required.")).toBeVisible();
  await expect(page.getByLabel("First name"), "what was typed stays after a refused save").toHaveValue("Lena");

  await page.getByLabel("Last name").fill("Okafor");
  await page.getByLabel("State MA credential").selectOption({ label: "MA-C (certified)" });
  await page.getByLabel("First day").fill(pacificDate(0));
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("Lena Okafor added.")).toBeVisible();

  await page.getByRole("link", { name: "Open the new profile" }).click();
  await expect(page.getByRole("heading", { name: "Lena Okafor", level: 1 })).toBeVisible();
  const employment = page.getByRole("region", { name: "Employment", exact: true });
  await expect(employment).toContainText("Oakland Clinic");
  await expect(employment).toContainText(`First day ${pacificDate(0)}`);
  await expect(employment.getByText("Current", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Credential tier", exact: true })).toContainText("In force today: MA-C (certified)");
});

test("a manager ends an MA's employment yesterday and sees the period ended", async ({ page }) => {
  const rosa = await personId(page, "Rosa Martinez");
  const yesterday = pacificDate(-1);
  await signInAs(page, DEMO.managerOakland);
  await page.goto(`/people/${rosa}`);
  const employment = page.getByRole("region", { name: "Employment", exact: true });
  await expect(employment.getByText("Current", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await employment.getByRole("button", { name: "End employment at Oakland Clinic" }).click();
  const dialog = page.getByRole("dialog", { name: "End employment at Oakland Clinic?" });
  await dialog.getByLabel("Last day").fill(yesterday);
  await dialog.getByLabel("Reason").fill("Moved to another clinic");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "End employment" }).click();

  await expect(dialog).toBeHidden();
  await expect(employment.getByText(new RegExp(`Employment at Oakland Clinic now \\d{4}-\\d{2}-\\d{2} to ${yesterday}\\.`))).toBeVisible();
  await expect(employment).toContainText(`last day ${yesterday}`);
  await expect(employment.getByText("Ended", { exact: true })).toBeVisible();
  await expect(employment.getByText("Current", { exact: true })).toHaveCount(0);
  await expect(employment.getByRole("button", { name: /End employment/ })).toHaveCount(0);

  await employment.getByText(/History \(2 versions\)/).click();
  await expect(employment).toContainText("Moved to another clinic");
  await expectAccessible(page);
});
