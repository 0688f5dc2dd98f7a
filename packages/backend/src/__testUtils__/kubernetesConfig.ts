/**
 * The `kubernetes` config block for clusters served by the emulator on
 * loopback: verified with `caData` (base64 PEM) over HTTPS, else skipTLSVerify.
 */
export function kubernetesConfig(
  clusters: Array<{
    name: string;
    url: string;
    token?: string;
    caData?: string;
  }>,
) {
  return {
    clusterLocatorMethods: [
      {
        type: 'config',
        clusters: clusters.map(({ name, url, token, caData }) => ({
          name,
          url,
          authProvider: 'serviceAccount',
          ...(token ? { serviceAccountToken: token } : {}),
          ...(caData ? { caData } : { skipTLSVerify: true }),
        })),
      },
    ],
  };
}
