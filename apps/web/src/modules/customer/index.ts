// Customer identity across contacts and accounts: duplicates (before saving and the review queue),
// merge, and the customer code that keeps leading to a merged record's survivor.
export { AccountDuplicateCheck } from './components/AccountDuplicateCheck';
export { ContactDuplicateCheck } from './components/ContactDuplicateCheck';
export { MergeWithButton } from './components/MergeWithButton';
export { useCustomerCodeJump } from './hooks/useCustomerCodeJump';
export { DUPLICATES_PATH } from './paths';
export { canReviewDuplicates } from './permissions';
export { customerRoutes } from './routes';
export { customerTypePolicies } from './type-policies';
