// Says when the portal started by `./dev start` is ready to use: the app
// answers, and a guest signing in gets the guest's group memberships (so the
// catalog has read examples/org.yaml). Runs beside `yarn start` and exits
// once it has said so, or when the portal process is gone.
// Usage: node scripts/announce-ready.cjs <pid of the portal process>
const APP = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';
const portalPid = Number(process.argv[2]);

const log = text => process.stderr.write(`\x1b[1m[dev]\x1b[0m ${text}\n`);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const alive = () => {
  try {
    process.kill(portalPid, 0);
    return true;
  } catch {
    return false;
  }
};

async function ok(url, init) {
  try {
    const response = await fetch(url, init);
    return response.ok ? response : undefined;
  } catch {
    return undefined;
  }
}

async function guestGroups() {
  // The backend's guest sign-in waits (bounded) for the catalog to have the user.
  const response = await ok(`${BACKEND}/api/auth/guest/refresh?env=development`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!response) return undefined;
  const body = await response.json();
  const refs = body?.backstageIdentity?.identity?.ownershipEntityRefs ?? [];
  return refs.filter(ref => ref.startsWith('group:'));
}

(async () => {
  while (alive()) {
    if (await ok(`${BACKEND}/.backstage/health/v1/readiness`)) {
      const groups = await guestGroups();
      if (groups?.length && (await ok(APP))) {
        log(
          `ready: open ${APP} and sign in as guest (member of ${groups.join(', ')})`,
        );
        return;
      }
    }
    await sleep(2000);
  }
})();
