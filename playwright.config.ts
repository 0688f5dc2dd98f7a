import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The sandbox's HTTPS certificate and CA (.sandbox/, see `yarn sandbox:prepare`)
 * for a portal started here, as `./dev start` passes them.
 */
function sandboxEnv(): Record<string, string> {
  const dir = join(__dirname, '.sandbox');
  if (!existsSync(join(dir, 'ca.data'))) {
    execFileSync('yarn', ['sandbox:prepare', '--keep-if-running'], {
      cwd: __dirname,
      stdio: 'inherit',
    });
  }
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    PORTER_SANDBOX_CA_DATA: read('ca.data'),
    PORTER_SANDBOX_TLS_CERT: read('tls.crt'),
    PORTER_SANDBOX_TLS_KEY: read('tls.key'),
  };
}
const env = sandboxEnv();

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
      env,
      reuseExistingServer: true,
      timeout: 300_000,
    },
    {
      command: 'yarn start backend',
      url: 'http://localhost:7007/.backstage/health/v1/readiness',
      env,
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
