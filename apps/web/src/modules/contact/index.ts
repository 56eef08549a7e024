export { CONTACTS_PATH } from './paths';
export { contactRoutes } from './routes';
export { contactTypePolicies } from './type-policies';
