import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';

/** The git-ignored folder the README names. */
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'e2e-screenshots');

/** What is on screen (a dialog stays in the viewport), fades finished. */
const shoot = (page: Page, name: string) =>
  page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    animations: 'disabled',
  });

test.use({ viewport: { width: 1280, height: 1000 } });

test("the create dialog explains up front that silver's RBAC gives the guest nothing in borrowed-db's namespace", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByText('Private Cloud Platform Catalog')).toBeVisible();

  // The guest owns borrowed-db, so the tab offers to expose it…
  await page.goto('/catalog/default/component/borrowed-db/porter');
  await expect(page.getByText('No TCP exposures yet')).toBeVisible();
  await page.getByRole('button', { name: 'Expose a Service' }).click();

  // …but its annotation names another team's namespace: the cluster says no, before anyone tries.
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Cluster and namespace')).toHaveValue(
    'silver/other-team-dev',
  );
  const refused = dialog.getByTestId('porter-access-refused');
  await expect(refused).toContainText(
    'You cannot create or change TCP exposures in other-team-dev on silver',
  );
  await expect(refused).toContainText(
    "Cluster 'silver' does not allow user 'guest'",
  );
  await expect(refused).toContainText(
    "to create transportserverclaims.porter.devops.gov.bc.ca in namespace 'other-team-dev' (RBAC)",
  );
  await expect(refused).toContainText(
    'Ask the admins of namespace other-team-dev for a RoleBinding',
  );
  await expect(
    dialog.getByRole('option', { name: 'silver · other-team-dev (no access)' }),
  ).toBeAttached();
  await expect(dialog.getByLabel('Service', { exact: true })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Review' })).toBeDisabled();

  // What to send the namespace's admins, ready to copy.
  await refused
    .getByRole('button', { name: 'A Role and RoleBinding to send them' })
    .click();
  await expect(refused).toContainText('kind: RoleBinding');
  await expect(refused).toContainText('name: guest');
  await shoot(page, 'dialog-no-access');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});
