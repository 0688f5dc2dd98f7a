/**
 * Scaffolder backend module for Porter for Backstage: the `porter:*`
 * template actions.
 *
 * @packageDocumentation
 */
export { scaffolderModulePorter as default } from './module';
export {
  createClaimApplyAction,
  createClaimDeleteAction,
  createNetworkPolicyApplyAction,
} from './actions';
export type { PorterActionOptions } from './actions';
export type {
  ClaimActionAllocation,
  ClaimActionIdentity,
  ClaimApplyActionInput,
  ClaimApplyActionOutput,
  ClaimDeleteActionInput,
  ClaimDeleteActionOutput,
  NetworkPolicyApplyActionInput,
  NetworkPolicyApplyActionOutput,
  NetworkPolicyApplyOutcome,
} from './actions/actionTypes';
