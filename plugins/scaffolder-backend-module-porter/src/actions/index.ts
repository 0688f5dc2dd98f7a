export { createClaimApplyAction, CLAIM_APPLY_ACTION_ID } from './claimApply';
export { createClaimDeleteAction, CLAIM_DELETE_ACTION_ID } from './claimDelete';
export {
  createNetworkPolicyApplyAction,
  NETWORK_POLICY_APPLY_ACTION_ID,
} from './networkPolicyApply';
export type { PorterActionOptions } from './initiatorClient';
