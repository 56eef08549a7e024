import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { SIGN_IN_PATH } from './paths';

const SignInPage = lazy(() => import('./pages/SignInPage'));

export const authRoutes: RouteObject[] = [{ path: SIGN_IN_PATH, element: <SignInPage /> }];
