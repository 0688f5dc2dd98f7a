import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sandboxCluster } from './sandboxCluster';

const ROOT = join(__dirname, '..', '..', '..');
const BACKEND = 'http://localhost:7007';
const SEED_YAML = readFileSync(
  join(ROOT, 'examples', 'yourservice-tsc.yaml'),
  'utf8',
);
const NS = 'yourlicenceplate-dev';
const TS_PATH = `/apis/cis.f5.com/v1/namespaces/${NS}/transportservers/yourservice-tsc`;

/** A request to the emulated silver cluster, as kubectl makes it (a merge patch for PATCH). */
const silver = (method: string, path: string, body?: unknown) =>
  sandboxCluster('silver', method, path, body, 'application/merge-patch+json');

test("the Kubernetes tab of yourservice shows its pods and the claim's TransportServer", async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByText('Private Cloud Platform Catalog')).toBeVisible();

  // yourservice gets (or keeps) the platform document's claim in silver.
  const session = await request.get(
    `${BACKEND}/api/auth/guest/refresh?env=development`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  const token = (await session.json()).backstageIdentity.token;
  const created = await request.post(
    `${BACKEND}/api/porter/clusters/silver/claims`,
    {
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/yaml',
      },
      data: SEED_YAML,
    },
  );
  expect([200, 201]).toContain(created.status());

  // The tab lists objects labelled backstage.io/kubernetes-id=yourservice. Porter
  // labels what it writes so; where it does not (yet), label the TransportServer as
  // its owner would with kubectl, through the sandbox's HTTPS API.
  const ts = await silver('GET', TS_PATH);
  expect(ts.status).toBe(200);
  if (
    ts.body.metadata.labels?.['backstage.io/kubernetes-id'] !== 'yourservice'
  ) {
    const labelled = await silver('PATCH', TS_PATH, {
      metadata: { labels: { 'backstage.io/kubernetes-id': 'yourservice' } },
    });
    expect(labelled.status).toBe(200);
  }

  await page.goto('/catalog/default/component/yourservice/kubernetes');
  await expect(page.getByText('Your Clusters')).toBeVisible();
  // Every sandbox cluster has the fixture's two pods of yourservice; open silver.
  await expect(page.getByText('2 pods')).toHaveCount(3);
  await page.getByText('silver', { exact: true }).click();
  // the fixture's Deployment, and the claim's TransportServer (a custom resource of the tab)
  await expect(
    page.getByText('yourservice', { exact: true }).last(),
  ).toBeVisible();
  await expect(page.getByText('yourservice-tsc').first()).toBeVisible();
  await expect(
    page.getByText('TransportServer', { exact: true }),
  ).toBeVisible();
  // the accordion has finished opening (MUI's Collapse), for the screenshot
  await expect(page.locator('.MuiCollapse-entered').first()).toBeVisible();
  mkdirSync(join(ROOT, 'e2e-screenshots'), { recursive: true });
  await page.screenshot({
    path: join(ROOT, 'e2e-screenshots', 'kubernetes-tab.png'),
    fullPage: true,
  });
});
