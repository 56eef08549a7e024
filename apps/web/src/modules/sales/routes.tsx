import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { DEALS_PATH, NEW_DEAL_PATH, SALES_ANALYTICS_PATH, SALES_SETTINGS_PATH } from './paths';

const DealsBoardPage = lazy(() => import('./pages/DealsBoardPage'));
const DealCreatePage = lazy(() => import('./pages/DealCreatePage'));
const DealCardPage = lazy(() => import('./pages/DealCardPage'));
const SalesAnalyticsPage = lazy(() => import('./pages/SalesAnalyticsPage'));
const SalesSettingsPage = lazy(() => import('./pages/SalesSettingsPage'));

export const salesRoutes: RouteObject[] = [
  { path: DEALS_PATH, element: <DealsBoardPage /> },
  // Static segments rank above :id in React Router, so "new" is never read as an id.
  { path: NEW_DEAL_PATH, element: <DealCreatePage /> },
  { path: `${DEALS_PATH}/:id`, element: <DealCardPage /> },
  { path: SALES_ANALYTICS_PATH, element: <SalesAnalyticsPage /> },
  { path: SALES_SETTINGS_PATH, element: <SalesSettingsPage /> },
];
