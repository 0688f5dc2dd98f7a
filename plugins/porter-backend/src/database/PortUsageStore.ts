import type { ServiceType } from '@internal/plugin-porter-common';
import type { Db } from './types';

export type PortCounts = Record<'allocated' | 'retained' | 'free', number>;

export interface AddressUsage {
  cluster: string;
  address: string;
  serviceType: ServiceType;
  allocated: number;
  retained: number;
}

/** How full the port inventory is, for the administrators' views. Counts in the database. */
export interface PortUsageStore {
  /** Per cluster: how many ports are allocated, retained and free. */
  usage(db: Db): Promise<Map<string, PortCounts>>;
  /** Per cluster and address: how many ports are allocated and retained on it. */
  usageByAddress(db: Db): Promise<AddressUsage[]>;
}
