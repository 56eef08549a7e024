import { Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { apiKeyRoutes } from '../modules/api-keys';
import { authRoutes, RequireAuth } from '../modules/auth';
import { CONTACTS_PATH, contactRoutes } from '../modules/contact';
import { LoadingState } from '../ui/LoadingState';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

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
