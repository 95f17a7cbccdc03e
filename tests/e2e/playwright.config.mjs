// Playwright config for Tradefair's end-to-end tests.
// Run through scripts/test.sh, which serves dist/ and sets:
//   TF_BASE_URL  base URL of the app under test (e.g. http://127.0.0.1:41234)
//   TF_BACKEND   "demo" (embedded demo backend) or "http" (reference server)
// By hand: TF_BASE_URL=http://127.0.0.1:8080 npx playwright test
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const baseURL = process.env.TF_BASE_URL || 'http://127.0.0.1:8080';
const backend = process.env.TF_BACKEND || 'demo';

export default defineConfig({
  testDir: './specs',
  outputDir: `./test-results/${backend}`,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'off',
    // The app's service worker would answer requests before `page.route` sees them; only
    // the offline spec lets it run (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: `chromium-${backend}`,
      use: { browserName: 'chromium' },
    },
  ],
});
