import { lazy } from 'react';

/**
 * The Deals tab for account and contact cards, fetched when first opened: the cards import this
 * through the sales module's index without pulling the sales code into their own chunk.
 */
export const RelatedDealsTab = lazy(() => import('./RelatedDeals'));
