export { evictDealLists } from './cache';
export { RelatedDealsTab } from './components/related';
export { DEALS_PATH, dealPath, newDealPath, SALES_ANALYTICS_PATH, SALES_SETTINGS_PATH } from './paths';
export { canOpenSalesAnalytics, canOpenSalesSettings, canReadDeals } from './permissions';
export { salesRoutes } from './routes';
export { salesTypePolicies } from './type-policies';
