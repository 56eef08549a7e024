export { SegmentSelect } from './components/SegmentSelect';
export { SEGMENTS_PATH } from './paths';
export { canReadSegments } from './permissions';
export { segmentRoutes } from './routes';
export { segmentTypePolicies } from './type-policies';
