export interface Config {
  /** SANDBOX ONLY: emulated clusters served on loopback for the default start. */
  porterSandbox?: {
    enabled?: boolean;
    clusters?: Array<{
      /** Cluster name, matching a fixtures file examples/sandbox/<name>.yaml. */
      name: string;
      /** Loopback port of the emulated API server. */
      port: number;
      /** Bearer token the emulated API server requires. */
      token?: string;
    }>;
  };
}
