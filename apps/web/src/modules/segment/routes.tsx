import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { NEW_SEGMENT_PATH, SEGMENTS_PATH } from './paths';

const SegmentsPage = lazy(() => import('./pages/SegmentsPage'));
const SegmentCreatePage = lazy(() => import('./pages/SegmentCreatePage'));
const SegmentPage = lazy(() => import('./pages/SegmentPage'));

export const segmentRoutes: RouteObject[] = [
  { path: SEGMENTS_PATH, element: <SegmentsPage /> },
  // A static segment ranks above :id in React Router, so "new" is never read as an id.
  { path: NEW_SEGMENT_PATH, element: <SegmentCreatePage /> },
  { path: `${SEGMENTS_PATH}/:id`, element: <SegmentPage /> },
];
