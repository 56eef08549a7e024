import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { loadAppTranslations } from '../i18n';
import { accountRoutes } from '../modules/account';
import { apiKeyRoutes } from '../modules/api-keys';
import { authRoutes, RequireAuth } from '../modules/auth';
import { CONTACTS_PATH, contactRoutes } from '../modules/contact';
import { customerRoutes } from '../modules/customer';
import { customFieldRoutes } from '../modules/custom-fields';
import { salesRoutes } from '../modules/sales';
import { segmentRoutes } from '../modules/segment';
import { LoadingState } from '../ui/LoadingState';
import { RouteErrorPage } from './RouteErrorPage';

// The signed-in frame (navigation, notifications, user menu) and the app's texts are not needed to
// sign in, so they are fetched once RequireAuth lets the user through. Without its texts the app
// would show bare keys; if they cannot be loaded it renders anyway (as main.tsx does).
const AppShell = lazy(() =>
  Promise.all([import('./AppShell'), loadAppTranslations().catch(() => undefined)]).then(([module]) => ({
    default: module.AppShell,
  })),
);
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
            ...accountRoutes,
            ...salesRoutes,
            ...customerRoutes,
            ...segmentRoutes,
            ...customFieldRoutes,
            ...apiKeyRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
