import { generate } from 'selfsigned';

/** PEM certificates for serving an emulated cluster over HTTPS. */
export interface EmulatorCertificates {
  /** The CA clients trust (kubeconfig `certificate-authority-data`, config `caData`). */
  ca: { cert: string; key: string };
  /** What the server presents: issued by `ca` for 127.0.0.1, ::1 and localhost. */
  server: { cert: string; key: string };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A throwaway CA and a server certificate it signs, made anew each time (at
 * sandbox start, per test): nothing secret is kept in the repository, and
 * clients verify the EMULATOR's certificate as they would a real API
 * server's instead of skipping TLS verification. EC P-256 keys are quick to make.
 */
export async function createEmulatorCertificates(
  options: { days?: number } = {},
): Promise<EmulatorCertificates> {
  // An hour back, for clocks that disagree a little.
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
  const notAfterDate = new Date(
    notBeforeDate.getTime() + (options.days ?? 30) * DAY_MS,
  );
  const ca = await generate(
    [
      {
        name: 'commonName',
        value: 'Kubernetes API emulator CA (sandbox, not a real cluster)',
      },
      { name: 'organizationName', value: 'Porter for Backstage' },
    ],
    {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        {
          name: 'keyUsage',
          keyCertSign: true,
          cRLSign: true,
          digitalSignature: true,
          critical: true,
        },
      ],
    },
  );
  const server = await generate(
    [{ name: 'commonName', value: 'kubernetes-api-emulator' }],
    {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      ca: { key: ca.private, cert: ca.cert },
      extensions: [
        { name: 'basicConstraints', cA: false },
        {
          name: 'keyUsage',
          digitalSignature: true,
          keyEncipherment: true,
          critical: true,
        },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    },
  );
  return {
    ca: { cert: ca.cert, key: ca.private },
    server: { cert: server.cert, key: server.private },
  };
}

/** Base64 of a PEM, as kubeconfig `certificate-authority-data` and config `caData` hold it. */
export function pemToData(pem: string): string {
  return Buffer.from(pem, 'utf8').toString('base64');
}
