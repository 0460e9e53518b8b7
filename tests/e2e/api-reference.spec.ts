import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAs } from "./support/fixtures";

test("the OpenAPI document is public and cacheable", async ({ playwright, baseURL }) => {
  // A fresh context: no session cookie, as an integrator's first look.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toBe("public, max-age=3600");
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(["/api/v1/clearances", "/api/v1/who-can"]);
  await anonymous.dispose();
});

test("an admin opens the API reference from API tokens: endpoints, parameters, scopes, an example call, the errors", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/tokens");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "One person's clearances", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who can do a task", level: 2 })).toBeVisible();

  const parameters = page.getByRole("table", { name: "Query parameters of GET /api/v1/who-can" });
  await expect(parameters.getByRole("row", { name: /^at Optional/ })).toContainText("2026-03-14T10:40:00-07:00");
  await expect(page.getByText("who-can:read", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Example call of /api/v1/who-can" })).toContainText('curl -H "Authorization: Bearer $CLEARED_TOKEN"');
  const answers = page.getByRole("table", { name: "Answers of GET /api/v1/clearances" });
  for (const status of ["200", "400", "401", "403", "404", "413", "429"]) await expect(answers.getByRole("rowheader", { name: status, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "The OpenAPI 3.1 document (JSON)" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await expectAccessible(page);
});

test("on a 360 px phone the reference fits the screen for any signed-in user", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, DEMO.maria);
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
});
