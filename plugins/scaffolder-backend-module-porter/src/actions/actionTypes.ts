/**
 * The actions' inputs and outputs, written out. The zod schemas in each
 * action check them at run time; these names give the actions a declared
 * signature, so the API report does not follow the order in which the
 * compiler happened to meet the inferred types.
 */

/**
 * A claim by its place: Porter's cluster name, namespace and name.
 * @public
 */
export type ClaimActionIdentity = {
  cluster: string;
  namespace: string;
  name: string;
};

/**
 * One cluster's address and port for a claim.
 * @public
 */
export type ClaimActionAllocation = {
  cluster: string;
  address: string;
  port: number;
};

/**
 * Input of `porter:claim:apply`.
 * @public
 */
export type ClaimApplyActionInput = {
  service: string;
  servicePort: number;
  cluster: string;
  namespace: string;
  name: string;
  monitor?: { interval: number; timeout: number } | undefined;
  overrideServicePort?: boolean | undefined;
  entityRef?: string | undefined;
};

/**
 * Output of `porter:claim:apply`.
 * @public
 */
export type ClaimApplyActionOutput = {
  claimRef: string;
  created: boolean;
  allocations: ClaimActionAllocation[];
  addresses: string[];
  entityUrl?: string | undefined;
};

/**
 * Input of `porter:claim:delete`.
 * @public
 */
export type ClaimDeleteActionInput = ClaimActionIdentity;

/**
 * Output of `porter:claim:delete`.
 * @public
 */
export type ClaimDeleteActionOutput = {
  claimRef: string;
  allocations: ClaimActionAllocation[];
};

/**
 * Input of `porter:networkpolicy:apply`.
 * @public
 */
export type NetworkPolicyApplyActionInput = ClaimActionIdentity & {
  clusters?: string[] | undefined;
};

/**
 * What happened, or would happen, in one cluster.
 * @public
 */
export type NetworkPolicyApplyOutcome =
  | 'applied'
  | 'would-apply'
  | 'allowed'
  | 'unchanged'
  | 'failed';

/**
 * Output of `porter:networkpolicy:apply`.
 * @public
 */
export type NetworkPolicyApplyActionOutput = {
  results: {
    cluster: string;
    outcome: NetworkPolicyApplyOutcome;
    policy?: string | undefined;
    message: string;
  }[];
};
