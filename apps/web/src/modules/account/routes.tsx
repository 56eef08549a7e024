import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ACCOUNT_IMPORT_PATH, ACCOUNTS_PATH, METRIC_IMPORT_PATH, NEW_ACCOUNT_PATH } from './paths';

const AccountsListPage = lazy(() => import('./pages/AccountsListPage'));
const AccountCreatePage = lazy(() => import('./pages/AccountCreatePage'));
const AccountCardPage = lazy(() => import('./pages/AccountCardPage'));
const AccountImportPage = lazy(() => import('./pages/AccountImportPage'));
const MetricImportPage = lazy(() => import('./pages/MetricImportPage'));

export const accountRoutes: RouteObject[] = [
  { path: ACCOUNTS_PATH, element: <AccountsListPage /> },
  // Static segments rank above :id in React Router, so "new" and the imports are never read as ids.
  { path: NEW_ACCOUNT_PATH, element: <AccountCreatePage /> },
  { path: ACCOUNT_IMPORT_PATH, element: <AccountImportPage /> },
  { path: METRIC_IMPORT_PATH, element: <MetricImportPage /> },
  { path: `${ACCOUNTS_PATH}/:id`, element: <AccountCardPage /> },
];
