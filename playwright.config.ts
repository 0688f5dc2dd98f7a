import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the portal (packages/app/e2e-tests), in Debian's Chromium
 * (never a browser download). `./dev test` runs them after the unit tests;
 * the portal is started here unless one is already running.
 */
export default defineConfig({
  timeout: 120_000,
  expect: { timeout: 45_000 },
  testDir: 'packages/app/e2e-tests',
  webServer: [
    {
      command: 'yarn start app',
      url: 'http://localhost:3000',
      reuseExistingServer: true,
      timeout: 300_000,
    },
    {
      command: 'yarn start backend',
      url: 'http://localhost:7007/.backstage/health/v1/readiness',
      reuseExistingServer: true,
      timeout: 300_000,
    },
  ],
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.PORTER_CHROMIUM ?? '/usr/bin/chromium',
      // Headless on a machine with no network but the package registries.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    screenshot: 'only-on-failure',
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
});
