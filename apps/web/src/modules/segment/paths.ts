export const SEGMENTS_PATH = '/segments';
export const NEW_SEGMENT_PATH = '/segments/new';

export function segmentPath(id: string): string {
  return `${SEGMENTS_PATH}/${encodeURIComponent(id)}`;
}

export function newSegmentPath(entityType: string): string {
  return `${NEW_SEGMENT_PATH}?entity=${encodeURIComponent(entityType)}`;
}
