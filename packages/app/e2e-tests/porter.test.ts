import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BACKEND = 'http://localhost:7007';
// The platform document's Silver example, as a newcomer would post it.
const SEED_YAML = readFileSync(
  join(__dirname, '..', '..', '..', 'examples', 'yourservice-tsc.yaml'),
  'utf8',
);

test('a guest posts the seed claim and finds it, Ready, in the TCP exposures tab', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByText('Private Cloud Platform Catalog')).toBeVisible();

  // An entity without exposures offers to make one, and keeps the YAML for oc users.
  await page.goto('/catalog/default/component/clamav/porter');
  await expect(page.getByText('No TCP exposures yet')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Expose a Service' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /For oc users/ }).click();
  await expect(page.getByText('namespace: abc123-tools')).toBeVisible();

  const session = await request.get(
    `${BACKEND}/api/auth/guest/refresh?env=development`,
    {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    },
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
  const claim = await created.json();
  const endpoint = `${claim.status.allocations[0].address}:${claim.status.allocations[0].port}`;

  // The sandbox's load balancer reports Ok; the reconciler (every 10 s) turns the side Ready.
  await expect(async () => {
    await page.goto('/catalog/default/component/yourservice/porter');
    await expect(page.getByText('Ready in silver')).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText('yourservice-tsc')).toBeVisible();
  await expect(page.getByText(endpoint)).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Copy ${endpoint}` }),
  ).toBeVisible();
  await expect(
    page.getByText(/Every network user inside the data centre/),
  ).toBeVisible();
});
