export { AccountSelect } from './components/form/AccountSelect';
export { ACCOUNTS_PATH, accountPath } from './paths';
export { canReadAccounts } from './permissions';
export { accountRoutes } from './routes';
export { accountTypePolicies } from './type-policies';
