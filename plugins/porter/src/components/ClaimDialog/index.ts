export { ClaimDialog } from './ClaimDialog';
export type { ClaimDialogProps } from './ClaimDialogContent';
