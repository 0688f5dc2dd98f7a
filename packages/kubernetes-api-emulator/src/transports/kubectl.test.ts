import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { service, transportServer } from '../__testUtils__/clientNode';
import { createEmulatorCertificates } from '../tls/certificates';
import { emulatorKubeconfig } from '../tls/kubeconfig';
import { EmulatorServer } from './httpServer';

/**
 * A real kubectl (Debian's kubernetes-client, or whichever is on PATH;
 * PORTER_KUBECTL names another) against the emulator over HTTPS, as a
 * person looks at the sandbox: discovery, short names, server-side printing.
 * Skipped when there is no kubectl, unless PORTER_TEST_REQUIRE_KUBECTL=1
 * (`./dev test` sets it and installs kubectl first).
 */
const KUBECTL = process.env.PORTER_KUBECTL ?? 'kubectl';
const found =
  spawnSync(KUBECTL, ['version', '--client'], { encoding: 'utf8' }).status ===
  0;
const required = process.env.PORTER_TEST_REQUIRE_KUBECTL === '1';
const run = promisify(execFile);
const NS = 'yourlicenceplate-dev';

if (!found && required) {
  it('needs kubectl (PORTER_TEST_REQUIRE_KUBECTL=1)', () => {
    expect({ kubectl: KUBECTL, found }).toEqual({
      kubectl: `${KUBECTL} (install Debian's kubernetes-client, as ./dev test does, or set PORTER_KUBECTL)`,
      found: true,
    });
  });
}

(found ? describe : describe.skip)(
  'kubectl against the emulator over HTTPS',
  () => {
    let emulator: KubernetesApiEmulator;
    let front: EmulatorServer;
    let dir: string;

    const kubectl = async (...args: string[]) => {
      const { stdout } = await run(
        KUBECTL,
        [
          '--kubeconfig',
          join(dir, 'kubeconfig'),
          '--cache-dir',
          join(dir, 'cache'),
          '--context',
          'gold',
          ...args,
        ],
        { encoding: 'utf8', timeout: 30_000 },
      );
      return stdout;
    };
    /** The output's lines, runs of spaces squeezed (kubectl pads columns). */
    const lines = (out: string) =>
      out
        .trim()
        .split('\n')
        .map(l => l.trim().replace(/ {2,}/g, '  '));

    beforeAll(async () => {
      const certs = await createEmulatorCertificates();
      emulator = new KubernetesApiEmulator({
        clusters: [{ name: 'gold', token: 'gold-token' }],
      });
      emulator.cluster('gold').seed([
        {
          ...service(NS, 'yourservice'),
          spec: {
            type: 'NodePort',
            selector: { name: 'app' },
            ports: [{ port: 8000, nodePort: 30080 }],
          },
        },
        {
          apiVersion: 'v1',
          kind: 'Endpoints',
          metadata: { name: 'yourservice', namespace: NS },
          subsets: [
            { addresses: [{ ip: '10.0.0.7' }], ports: [{ port: 8000 }] },
          ],
        },
        {
          ...transportServer(NS, 'yourservice-tsc', {
            virtualServerAddress: '142.34.229.62',
            virtualServerPort: 40001,
            pool: { service: 'yourservice', servicePort: 8000 },
          }),
          status: { vsAddress: 'None', status: 'Ok' },
        },
        {
          apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
          kind: 'TransportServerClaim',
          metadata: { name: 'yourservice-tsc', namespace: NS },
          spec: {
            service: 'yourservice',
            servicePort: 8000,
            monitor: { type: 'tcp', interval: 10, timeout: 10 },
          },
          status: { address: '142.34.229.62', port: '40001' },
        },
      ]);
      front = await emulator.listen('gold', { tls: certs.server });
      dir = mkdtempSync(join(tmpdir(), 'emulator-kubectl-'));
      writeFileSync(
        join(dir, 'kubeconfig'),
        JSON.stringify(
          emulatorKubeconfig({
            clusters: [
              { name: 'gold', server: front.url, token: 'gold-token' },
            ],
            caCert: certs.ca.cert,
          }),
        ),
      );
    });

    afterAll(async () => {
      await front?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('lists claims, TransportServers, Services and Endpoints by short name', async () => {
      const out = lines(await kubectl('-n', NS, 'get', 'tsc,ts,svc,endpoints'));
      expect(out).toContainEqual(
        expect.stringMatching(
          /^transportserverclaim\.porter\.devops\.gov\.bc\.ca\/yourservice-tsc {2}yourservice {2}8000 {2}142\.34\.229\.62 {2}40001 {2}\d+s$/,
        ),
      );
      expect(out).toContainEqual(
        expect.stringMatching(
          /^transportserver\.cis\.f5\.com\/yourservice-tsc {2}142\.34\.229\.62 {2}40001 /,
        ),
      );
      expect(out).toContainEqual(
        'NAME  TYPE  CLUSTER-IP  EXTERNAL-IP  PORT(S)  AGE',
      );
      expect(out).toContainEqual(
        expect.stringMatching(
          /^service\/yourservice {2}NodePort {2}172\.30\.\S+ {2}<none> {2}8000:30080\/TCP {2}\d+s$/,
        ),
      );
      expect(out).toContainEqual('NAME  ENDPOINTS  AGE');
      expect(out).toContainEqual(
        expect.stringMatching(
          /^endpoints\/yourservice {2}10\.0\.0\.7:8000 {2}\d+s$/,
        ),
      );
    });

    it("shows the seed document's TransportServer columns with -o wide", async () => {
      const out = lines(await kubectl('-n', NS, 'get', 'ts', '-o', 'wide'));
      expect(out[0]).toBe(
        'NAME  VIRTUALSERVERADDRESS  VIRTUALSERVERPORT  POOL  POOLPORT  IPAMLABEL  IPAMVSADDRESS  STATUS  AGE',
      );
      // IPAMLABEL is unset: kubectl leaves the cell empty, as in the seed document
      expect(out[1]).toMatch(
        /^yourservice-tsc {2}142\.34\.229\.62 {2}40001 {2}yourservice {2}8000 {2}None {2}Ok {2}\d+s$/,
      );
      const svc = lines(await kubectl('-n', NS, 'get', 'svc', '-o', 'wide'));
      expect(svc[0]).toBe(
        'NAME  TYPE  CLUSTER-IP  EXTERNAL-IP  PORT(S)  AGE  SELECTOR',
      );
      expect(svc[1]).toMatch(/ name=app$/);
    });

    it('reads one object as YAML through the same discovery', async () => {
      const out = await kubectl(
        '-n',
        NS,
        'get',
        'tscs',
        'yourservice-tsc',
        '-o',
        'yaml',
      );
      expect(out).toContain('kind: TransportServerClaim');
      expect(out).toContain('address: 142.34.229.62');
    });
  },
);
