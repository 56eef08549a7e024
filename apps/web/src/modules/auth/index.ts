export { LanguageSwitch } from './components/LanguageSwitch';
export { RequireAuth } from './components/RequireAuth';
export { UserMenu } from './components/UserMenu';
export type { CurrentUser } from './graphql/types';
export { useCurrentUser } from './hooks/useCurrentUser';
export { authRoutes } from './routes';
export { markSignedOut } from './session-cache';
