import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { CONTACT_IMPORT_PATH, CONTACTS_PATH, NEW_CONTACT_PATH } from './paths';

const ContactsListPage = lazy(() => import('./pages/ContactsListPage'));
const ContactCreatePage = lazy(() => import('./pages/ContactCreatePage'));
const ContactImportPage = lazy(() => import('./pages/ContactImportPage'));
const ContactCardPage = lazy(() => import('./pages/ContactCardPage'));

export const contactRoutes: RouteObject[] = [
  { path: CONTACTS_PATH, element: <ContactsListPage /> },
  // Static segments rank above :id in React Router, so "new" and "import" are never read as ids.
  { path: NEW_CONTACT_PATH, element: <ContactCreatePage /> },
  { path: CONTACT_IMPORT_PATH, element: <ContactImportPage /> },
  { path: `${CONTACTS_PATH}/:id`, element: <ContactCardPage /> },
];
