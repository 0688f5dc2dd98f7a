import { X509Certificate } from 'node:crypto';
import * as k8s from '@kubernetes/client-node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { createEmulatorCertificates, pemToData } from './certificates';
import { emulatorKubeconfig } from './kubeconfig';

describe('emulator certificates', () => {
  it('issue a server certificate for loopback from a CA made for the occasion', async () => {
    const { ca, server } = await createEmulatorCertificates();
    const caCert = new X509Certificate(ca.cert);
    const serverCert = new X509Certificate(server.cert);
    expect(caCert.ca).toBe(true);
    expect(serverCert.ca).toBe(false);
    expect(serverCert.checkIssued(caCert)).toBe(true);
    expect(serverCert.verify(caCert.publicKey)).toBe(true);
    expect(serverCert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(serverCert.checkHost('localhost')).toBe('localhost');
    expect(serverCert.checkHost('example.com')).toBeUndefined();
    expect(caCert.subject).toContain('Kubernetes API emulator CA');
    // a new pair each time
    const again = await createEmulatorCertificates();
    expect(again.ca.cert).not.toBe(ca.cert);
  });

  it('let client-node verify the emulator over HTTPS with caData, and refuse an unknown CA', async () => {
    const certs = await createEmulatorCertificates();
    const emulator = new KubernetesApiEmulator({
      clusters: [{ name: 'gold', token: 'g' }],
    });
    const front = await emulator.listen('gold', { tls: certs.server });
    try {
      expect(front.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const kc = new k8s.KubeConfig();
      kc.loadFromString(
        JSON.stringify(
          emulatorKubeconfig({
            clusters: [{ name: 'gold', server: front.url, token: 'g' }],
            caCert: certs.ca.cert,
          }),
        ),
      );
      expect(kc.getCurrentCluster()?.caData).toBe(pemToData(certs.ca.cert));
      const list = await kc.makeApiClient(k8s.CoreV1Api).listNamespace();
      expect(list.kind).toBe('NamespaceList');

      const stranger = await createEmulatorCertificates();
      const wrong = new k8s.KubeConfig();
      wrong.loadFromString(
        JSON.stringify(
          emulatorKubeconfig({
            clusters: [{ name: 'gold', server: front.url, token: 'g' }],
            caCert: stranger.ca.cert,
          }),
        ),
      );
      const error = await wrong
        .makeApiClient(k8s.CoreV1Api)
        .listNamespace()
        .then(
          () => undefined,
          e => e,
        );
      expect(String(error?.message ?? error)).toMatch(/certificate/i);
    } finally {
      await front.close();
    }
  });

  it('write a kubeconfig with a context per cluster', () => {
    const config = emulatorKubeconfig({
      clusters: [
        { name: 'silver', server: 'https://127.0.0.1:1', token: 's' },
        { name: 'gold', server: 'https://127.0.0.1:2', token: 'g' },
      ],
      caCert: 'PEM',
      currentContext: 'gold',
    });
    expect(config.contexts).toEqual([
      { name: 'silver', context: { cluster: 'silver', user: 'silver' } },
      { name: 'gold', context: { cluster: 'gold', user: 'gold' } },
    ]);
    expect(config.clusters[1].cluster).toEqual({
      server: 'https://127.0.0.1:2',
      'certificate-authority-data': pemToData('PEM'),
    });
    expect(config.users[0]).toEqual({ name: 'silver', user: { token: 's' } });
    expect(config['current-context']).toBe('gold');
  });
});
