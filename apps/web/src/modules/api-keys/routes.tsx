import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { API_KEYS_PATH } from './paths';

const ApiKeysPage = lazy(() => import('./pages/ApiKeysPage'));

export const apiKeyRoutes: RouteObject[] = [{ path: API_KEYS_PATH, element: <ApiKeysPage /> }];
