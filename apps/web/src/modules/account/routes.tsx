import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ACCOUNTS_PATH, NEW_ACCOUNT_PATH } from './paths';

const AccountsListPage = lazy(() => import('./pages/AccountsListPage'));
const AccountCreatePage = lazy(() => import('./pages/AccountCreatePage'));
const AccountCardPage = lazy(() => import('./pages/AccountCardPage'));

export const accountRoutes: RouteObject[] = [
  { path: ACCOUNTS_PATH, element: <AccountsListPage /> },
  // A static segment ranks above :id in React Router, so "new" is never read as an id.
  { path: NEW_ACCOUNT_PATH, element: <AccountCreatePage /> },
  { path: `${ACCOUNTS_PATH}/:id`, element: <AccountCardPage /> },
];
