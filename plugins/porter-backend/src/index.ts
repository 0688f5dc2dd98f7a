/**
 * Porter for Backstage backend plugin.
 *
 * @packageDocumentation
 */
export { porterPlugin as default } from './plugin';
export {
  porterClaimConditions,
  createPorterClaimConditionalDecision,
  porterClaimRules,
} from './permissions/rules';
export { porterClaimResourceRef } from './permissions/resource';
export type {
  PorterClaimResource,
  PorterClaimQuery,
} from './permissions/resource';
