import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { sandboxCluster } from './sandboxCluster';

const BACKEND = 'http://localhost:7007';
const NAMESPACE = 'abc123-prod';
const CLAIM = `${BACKEND}/api/porter/clusters/gold/namespaces/${NAMESPACE}/claims/patroni-tsc`;
/** golddr's NetworkPolicies in the namespace, on the sandbox's emulated cluster. */
const POLICIES = `/apis/networking.k8s.io/v1/namespaces/${NAMESPACE}/networkpolicies`;
/** The git-ignored folder the README names. */
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'e2e-screenshots');

/** The whole page, or (for a dialog, which stays in the viewport) what is on screen. */
const shoot = (page: Page, name: string) =>
  page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: !name.startsWith('dialog'),
    // Finish the dialogs' fade-in instead of catching them half drawn.
    animations: 'disabled',
  });

// Tall enough for the dialogs' screenshots.
test.use({ viewport: { width: 1280, height: 1000 } });

/**
 * Start from a known place: no Patroni exposure left from an earlier run, and
 * a golddr namespace that denies ingress by default (as many teams' do), so
 * the NetworkPolicy check finds something to fix there and not in gold.
 */
test.beforeEach(async ({ request }) => {
  const session = await request.get(
    `${BACKEND}/api/auth/guest/refresh?env=development`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  const token = (await session.json()).backstageIdentity.token;
  const removed = await request.delete(CLAIM, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect([204, 404]).toContain(removed.status());

  const fix = await sandboxCluster(
    'golddr',
    'DELETE',
    `${POLICIES}/allow-from-f5-ingress`,
  );
  expect([200, 404]).toContain(fix.status);
  const deny = await sandboxCluster('golddr', 'POST', POLICIES, {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'deny-by-default', namespace: NAMESPACE },
    spec: { podSelector: {}, ingress: [], policyTypes: ['Ingress'] },
  });
  expect([201, 409]).toContain(deny.status);
});

test('a guest exposes the Patroni Service of patroni-replica from the tab, checks it, changes it and deletes it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByText('Private Cloud Platform Catalog')).toBeVisible();

  // The empty state offers the dialog and the template first.
  await page.goto('/catalog/default/component/patroni-replica/porter');
  await expect(page.getByText('No TCP exposures yet')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Use the template' }),
  ).toHaveAttribute(
    'href',
    /\/create\/templates\/default\/tcp-exposure\?formData=/,
  );
  await shoot(page, 'tab-empty');

  // Create: Gold (with GoldDR), the Patroni Service's PostgreSQL port.
  await page.getByRole('button', { name: 'Expose a Service' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Cluster and namespace')).toHaveValue(
    `gold/${NAMESPACE}`,
  );
  await expect(dialog.getByTestId('porter-target-unavailable')).toContainText(
    'claims are made in gold and mirrored to golddr',
  );
  const service = dialog.getByLabel('Service', { exact: true });
  await expect(service).toBeEnabled();
  await service.selectOption('patroni');
  await dialog.getByLabel('Port', { exact: true }).selectOption('5432');
  await expect(dialog.getByLabel('Claim name')).toHaveValue('patroni-tsc');
  await shoot(page, 'dialog-form');

  await dialog.getByRole('button', { name: 'Review' }).click();
  await expect(dialog.getByTestId('porter-review-allocations')).toContainText(
    'in golddr (NodePort pool)',
  );
  await expect(
    dialog.getByText('kind: TransportServerClaim').first(),
  ).toBeVisible();
  await shoot(page, 'dialog-review');
  await dialog.getByRole('button', { name: 'Create exposure' }).click();
  await expect(dialog.getByText(/patroni-tsc is created/)).toBeVisible();
  const addresses = await dialog
    .getByTestId('porter-saved-allocations')
    .getByRole('listitem')
    .allTextContents();
  expect(addresses).toEqual([
    expect.stringMatching(/^127\.0\.20\.2:\d+gold$/),
    expect.stringMatching(/^127\.0\.30\.2:\d+golddr$/),
  ]);
  const [goldVip, golddrVip] = addresses.map(a => a.replace(/gold(dr)?$/, ''));
  await shoot(page, 'dialog-saved');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Ready in both clusters, without reloading: the tab follows the claim while it settles.
  await expect(page.getByText('Ready in gold', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('Ready in golddr', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await page
    .getByRole('button', { name: 'Detail panel visiblity toggle' })
    .click();

  // NetworkPolicies: open in gold, blocked in golddr; apply the fix in golddr only.
  await page.getByRole('button', { name: 'Check NetworkPolicies' }).click();
  await expect(page.getByText('golddr: blocked')).toBeVisible();
  await expect(page.getByText('gold: open')).toBeVisible();
  await page.getByRole('button', { name: 'Apply in golddr' }).click();
  const confirm = page.getByRole('dialog');
  await expect(
    confirm.getByText('Apply a NetworkPolicy in golddr?'),
  ).toBeVisible();
  await expect(confirm).toContainText('name: allow-from-f5-ingress');
  await expect(confirm).toContainText(`namespace: ${NAMESPACE}`);
  await shoot(page, 'dialog-policy-apply');
  await confirm.getByRole('button', { name: 'Apply in golddr' }).click();
  await expect(
    page.getByText('golddr: applied NetworkPolicy allow-from-f5-ingress'),
  ).toBeVisible();
  await expect(page.getByText('golddr: allowed')).toBeVisible();

  // The connection test, from the backend through each VIP.
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText(`gold: ${goldVip} connects`)).toBeVisible();
  await expect(page.getByText(`golddr: ${golddrVip} connects`)).toBeVisible();

  // The firewall request, ready to paste.
  await page.getByRole('button', { name: 'Copy firewall request' }).click();
  await expect(page.getByText(/Copied: 2 destinations/)).toBeVisible();
  const request = await page.evaluate(() => navigator.clipboard.readText());
  expect(request).toContain(`Destination: ${goldVip}`);
  expect(request).toContain(`Destination: ${golddrVip}`);
  expect(request.match(/Protocol: TCP/g)).toHaveLength(2);
  await shoot(page, 'tab-details');

  // Change the monitor.
  await page.getByRole('button', { name: 'Change patroni-tsc' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Monitor interval (seconds)').fill('10');
  await edit.getByLabel('Monitor timeout (seconds)').fill('31');
  await edit.getByRole('button', { name: 'Review' }).click();
  await expect(edit.getByTestId('porter-review-changes')).toContainText(
    'Health monitor: tcp every 5 s, timeout 16 s → tcp every 10 s, timeout 31 s',
  );
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText(/patroni-tsc is saved/)).toBeVisible();
  await edit.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('tcp every 10 s, timeout 31 s')).toBeVisible();

  // Its history, newest first, with who did it.
  const history = page.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('updated');
  await expect(history.getByRole('listitem').first()).toContainText(
    'user:default/guest',
  );
  await expect(history).toContainText('policy-applied');
  await expect(history.getByRole('listitem').last()).toContainText('created');
  await shoot(page, 'tab');

  // Delete: what goes, and how long the ports stay with the Service.
  await page.getByRole('button', { name: 'Delete patroni-tsc' }).click();
  const remove = page.getByRole('dialog');
  await expect(remove.getByTestId('porter-delete-golddr')).toContainText(
    'TransportServer patroni-tsc',
  );
  await expect(remove.getByTestId('porter-delete-retention')).toContainText(
    'for 30 days',
  );
  await shoot(page, 'dialog-delete');
  await remove.getByRole('button', { name: 'Delete patroni-tsc' }).click();
  await expect(page.getByText('No TCP exposures yet')).toBeVisible();
});
