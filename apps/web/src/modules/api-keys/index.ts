export { API_KEYS_PATH } from './paths';
export { canManageApiKeys } from './permissions';
export { apiKeyRoutes } from './routes';
