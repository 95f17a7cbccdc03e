// Smoke test: the app loads. The lead replaces/extends this.
import { test, expect } from '@playwright/test';

test('home page loads with the Tradefair title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Tradefair/);
});
