import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Screenshots for the README and reviewers (git-ignored).
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'e2e-screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByText('Private Cloud Platform Catalog')).toBeVisible();
}

test('a guest exposes clamav with the "Expose a Service over TCP" template and finds it Ready in the tab', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signIn(page);

  // Create lists the template.
  await page.goto('/create');
  await expect(page.getByText('Expose a Service over TCP')).toBeVisible();

  // The entity tab's link: the entity comes preselected.
  const formData = encodeURIComponent(
    JSON.stringify({ entityRef: 'component:default/clamav' }),
  );
  await page.goto(
    `/create/templates/default/tcp-exposure?formData=${formData}`,
  );
  await expect(page.getByRole('textbox', { name: 'Component' })).toHaveValue(
    /clamav/,
  );

  // clamav has one namespace (silver/abc123-tools): taken at once; its Services follow.
  const target = page.getByLabel('Cluster and namespace');
  await expect(target).toHaveValue('silver/abc123-tools');
  const service = page.getByLabel('Service', { exact: true });
  await expect(
    service.locator('option', { hasText: 'clamav (ClusterIP)' }),
  ).toHaveCount(1);
  await service.selectOption('clamav');
  // One TCP port: chosen for the user.
  await expect(page.getByLabel('Port', { exact: true })).toHaveValue('3310');
  await shot(page, 'template-form.png');
  await page.getByRole('button', { name: 'Next' }).click();

  // Porter's default monitor; a timeout below the interval is caught before the run.
  const interval = page.getByLabel('Interval (seconds)');
  const timeout = page.getByLabel('Timeout (seconds)');
  await expect(interval).toHaveValue('5');
  await expect(timeout).toHaveValue('16');
  await interval.fill('30');
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(
    page
      .getByText(/monitor\.timeout must be at least monitor\.interval/)
      .first(),
  ).toBeVisible();
  await expect(
    page.getByText(/F5 recommends 3 × interval \+ 1 = 91/),
  ).toBeVisible();
  await timeout.fill('91');
  // The namespace denies traffic by default: let F5 in.
  await page.getByLabel('Also allow F5 traffic with a NetworkPolicy').check();
  await shot(page, 'template-form-monitor.png');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The run: the claim's addresses, and the link to the tab.
  const tabLink = page.getByRole('link', {
    name: 'TCP exposures of the component',
  });
  await expect(tabLink).toBeVisible({ timeout: 60_000 });
  const output = page.getByTestId('text-output-box');
  await expect(
    output.getByText('silver/abc123-tools/clamav-tsc'),
  ).toBeVisible();
  await expect(
    output.getByText(
      /silver: 127\.0\.10\.\d+:\d+ → Service clamav port 3310 in abc123-tools/,
    ),
  ).toBeVisible();
  await shot(page, 'template-done.png');

  // The sandbox's load balancer reports Ok; the reconciler (every 10 s) turns the side Ready.
  await tabLink.click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/clamav\/porter/);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Ready in silver')).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText('clamav-tsc')).toBeVisible();
});

test("a platform administrator opens Porter's admin page from the sidebar", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signIn(page);

  // The guest is in group:default/platform-admins, so the item is there.
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Porter admin' })
    .click();
  await expect(page).toHaveURL(/\/porter\/admin$/);
  await expect(page.getByText('Ports per cluster')).toBeVisible();
  for (const cluster of ['silver', 'gold', 'golddr']) {
    await expect(
      page
        .getByTestId('porter-pool-summary')
        .getByText(cluster, { exact: true }),
    ).toBeVisible();
  }
  await expect(page.getByText('Ports per address')).toBeVisible();
  await expect(page.getByText('Claims per namespace')).toBeVisible();
  // The bars are drawn (recharts SVG), one per cluster.
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await shot(page, 'admin-page.png');
});
