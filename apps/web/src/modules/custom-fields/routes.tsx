import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { CUSTOM_FIELDS_PATH } from './paths';

const CustomFieldsPage = lazy(() => import('./pages/CustomFieldsPage'));

export const customFieldRoutes: RouteObject[] = [{ path: CUSTOM_FIELDS_PATH, element: <CustomFieldsPage /> }];
