export interface Config {
  /** SANDBOX ONLY: emulated clusters served on loopback for the default start. */
  porterSandbox?: {
    enabled?: boolean;
    clusters?: Array<{
      /** Cluster name: fixtures are examples/sandbox/<name>.yaml and <name>.*.yaml. */
      name: string;
      /** Loopback port of the emulated API server. */
      port: number;
      /** Bearer token the emulated API server requires. */
      token?: string;
    }>;
    /**
     * PEM certificate and key the emulated clusters serve HTTPS with, made anew
     * by `yarn sandbox:prepare` (./dev start) in .sandbox/ and passed in
     * PORTER_SANDBOX_TLS_CERT / PORTER_SANDBOX_TLS_KEY. Plain HTTP without.
     */
    tls?: {
      certificate: string;
      /** @visibility secret */
      key: string;
    };
  };
}
