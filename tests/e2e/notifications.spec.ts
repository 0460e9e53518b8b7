import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, mainNav, personId, signInAs } from "./support/fixtures";

/**
 * Reminders in the app, on the demo data: Rosa Martinez's clinical skills check-off (vital signs,
 * histories, exam preparation) was recorded at Oakland without a validator's sign-off. The worker
 * inside `npm start` scans at start, so other notices may be there too: counts are read, not assumed.
 */
const DR_SHAH = "dr.shah@cleared.example";
const VITALS = "Recording vital signs, height, and weight";
const CHECK_OFF_TASKS = [VITALS, "Taking patient histories", "Preparing patients and rooms for exams"];

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications(, \d+ unread)?$/ });

async function unread(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

test.describe.serial("reminders in the app", () => {
  let rosa: string;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    rosa = await personId(page, "Rosa Martinez");
    await page.close();
  });

  test("a manager asks the validators for a sign-off from a training gap", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/");
    const gap = page.locator("#training-gaps").getByRole("listitem").filter({ hasText: "Rosa Martinez" }).filter({ hasText: VITALS });
    await expect(gap).toContainText("not signed off");
    await gap.getByRole("button", { name: "Request sign-off" }).click();
    const dialog = page.getByRole("dialog", { name: "Ask for a sign-off of Rosa Martinez?" });
    await expect(dialog).toContainText(`Every validator who may sign off ${VITALS} at Oakland Clinic is notified`);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Send request" }).click();
    await expect(gap.getByText("Sent to Dr. Shah (MD).")).toBeVisible();
  });

  test("a validator sees the waiting sign-off on her home page and completes it", async ({ page }) => {
    await signInAs(page, DR_SHAH);
    await page.goto("/");
    const waiting = page.getByRole("region", { name: /Sign-offs waiting/ });
    const item = waiting.getByRole("listitem").filter({ hasText: "Rosa Martinez" });
    await expect(item).toContainText("Clinical skills check-off");
    await expect(item).toContainText("at Oakland Clinic");
    await expectAccessible(page);

    await item.getByRole("link", { name: /Sign off/ }).click();
    await expect(page.getByRole("heading", { name: "Sign off Rosa Martinez's competency" })).toBeVisible();
    for (const task of CHECK_OFF_TASKS) await expect(page.getByRole("checkbox", { name: task, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Drawing blood (venipuncture)", exact: true })).not.toBeChecked();
    await page.getByRole("radio", { name: "Return demonstration" }).check();
    await page.getByRole("checkbox", { name: /I confirm this statement/ }).check();
    await page.getByRole("button", { name: "Sign off competency" }).click();
    await expect(page.getByText("Competency signed off.")).toBeVisible();

    await page.goto("/");
    await expect(waiting.getByText("No sign-offs waiting.")).toBeVisible();
    await expectAccessible(page);
  });

  test("the bell counts unread notifications; opening one marks it read and leads to the fix", async ({ page }) => {
    await signInAs(page, DR_SHAH);
    await page.goto("/");
    const before = await unread(page);
    expect(before, "the manager's request at least").toBeGreaterThan(0);

    await bell(page).click();
    await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    await expectAccessible(page);
    const request = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Rosa Martinez's ${VITALS} competency is waiting for your sign-off` }) });
    await expect(request).toContainText("Unread");
    await expect(request).toContainText("Olivia Chen asked on");

    await request.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/people/${rosa}/validate\\?location=\\w+&tasks=taskvitals$`));
    await expect(page.getByRole("checkbox", { name: VITALS, exact: true })).toBeChecked();
    expect(await unread(page)).toBe(before - 1);

    await page.goto("/notifications");
    await expect(request).not.toContainText("Unread");
    if (before > 1) {
      await page.getByRole("button", { name: "Mark all as read" }).click();
      await expect(page.getByText("Nothing unread.")).toBeVisible();
    }
    await expect(bell(page)).toHaveAccessibleName("Notifications");
    await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);

    // On a phone, the bell stays in the header and nothing is wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(bell(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("someone nothing concerns sees an empty list", async ({ page }) => {
    await signInAs(page, DEMO.auditor);
    await page.goto("/notifications");
    await expect(page.getByText("No notifications.")).toBeVisible();
    await expectAccessible(page);
  });

  test("a medical assistant chooses her reminder emails, but cannot turn off her own expiry notices", async ({ page }) => {
    await signInAs(page, DEMO.maria);
    await page.goto("/account/password");
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Notifications" }).click();
    await expect(page.getByText("The bell always lists them; this chooses the email", { exact: false })).toBeVisible();
    const expiring = page.getByRole("group", { name: "Records expiring" });
    const lapsed = page.getByRole("group", { name: "No longer cleared" });
    await expect(expiring.getByRole("radio", { name: "Daily digest (default)" })).toBeChecked();
    await expect(expiring.getByRole("radio", { name: /^Off/ })).toHaveCount(0);
    await expect(expiring).toContainText("cannot be turned off");
    await expect(page.getByRole("group", { name: "Sign-offs waiting" })).toHaveCount(0);
    await expectAccessible(page);

    await expiring.getByRole("radio", { name: "Weekly digest" }).check();
    await lapsed.getByRole("radio", { name: "Off (no email)" }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Notification settings saved.")).toBeVisible();

    await page.reload();
    await expect(expiring.getByRole("radio", { name: "Weekly digest" })).toBeChecked();
    await expect(lapsed.getByRole("radio", { name: "Off (no email)" })).toBeChecked();
  });

  test("an admin reads what was sent, and sees that without SMTP it is kept here", async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto("/");
    await mainNav(page).getByText("Admin", { exact: true }).click();
    await mainNav(page).getByRole("link", { name: "Deliveries" }).click();
    await expect(page.getByRole("heading", { name: "Deliveries", level: 1 })).toBeVisible();
    await expect(page.getByText("No SMTP server is configured (SMTP_URL): messages are kept here instead of being sent.")).toBeVisible();
    // The worker's first scan runs as the server starts; its messages may still be on their way.
    const first = page.getByRole("table", { name: "All messages" }).getByRole("row").nth(1);
    await expect(async () => {
      await page.reload();
      await expect(first).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expectAccessible(page);

    await page.getByRole("link", { name: "Kept (no SMTP)" }).click();
    await expect(page).toHaveURL(/status=outbox/);
    await expect(page.getByRole("link", { name: /Kept \(no SMTP\)/, exact: false })).toHaveAttribute("aria-current", "page");

    await page.goto("/admin/deliveries");
    await first.getByRole("link").click();
    await expect(page.getByRole("region", { name: "Text as sent" })).toContainText("Hello");
    await expect(page.getByRole("region", { name: /^Items \(\d+\)$/ })).toBeVisible();
    await expectAccessible(page);
  });
});
