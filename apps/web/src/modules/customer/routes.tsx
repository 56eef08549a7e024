import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { DUPLICATES_PATH, MERGE_PATH } from './paths';

const DuplicatesPage = lazy(() => import('./pages/DuplicatesPage'));
const MergePage = lazy(() => import('./pages/MergePage'));

export const customerRoutes: RouteObject[] = [
  { path: DUPLICATES_PATH, element: <DuplicatesPage /> },
  { path: MERGE_PATH, element: <MergePage /> },
];
