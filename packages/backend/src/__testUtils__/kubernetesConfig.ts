/** The `kubernetes` config block for clusters served by the emulator on loopback. */
export function kubernetesConfig(
  clusters: Array<{ name: string; url: string; token?: string }>,
) {
  return {
    clusterLocatorMethods: [
      {
        type: 'config',
        clusters: clusters.map(({ name, url, token }) => ({
          name,
          url,
          authProvider: 'serviceAccount',
          ...(token ? { serviceAccountToken: token } : {}),
          skipTLSVerify: true,
        })),
      },
    ],
  };
}
