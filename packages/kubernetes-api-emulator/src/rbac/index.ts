export { authorize, ruleAllows } from './authorize';
export { serveAccessReview, EMULATED_TOKEN_IDENTITY } from './accessReview';
export { RBAC_RESOURCE_TYPES } from './resourceTypes';
export type * from './types';
