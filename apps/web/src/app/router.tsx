import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { apiKeyRoutes } from '../modules/api-keys';
import { authRoutes, RequireAuth } from '../modules/auth';
import { CONTACTS_PATH, contactRoutes } from '../modules/contact';
import { LoadingState } from '../ui/LoadingState';
import { RouteErrorPage } from './RouteErrorPage';

// The signed-in frame (navigation, notifications, user menu) is not needed to sign in, so it is
// fetched once RequireAuth lets the user through.
const AppShell = lazy(() => import('./AppShell').then((module) => ({ default: module.AppShell })));
const NotFoundPage = lazy(() => import('./NotFoundPage').then((module) => ({ default: module.NotFoundPage })));

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      element: (
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      ),
      children: [
        ...authRoutes,
        {
          element: (
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          ),
          children: [
            { index: true, element: <Navigate to={CONTACTS_PATH} replace /> },
            ...contactRoutes,
            ...apiKeyRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
