import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** A segment's history is paged: later pages are appended to the cached first page. */
export const segmentTypePolicies: TypePolicies = {
  Segment: {
    fields: {
      history: relayStylePagination(),
    },
  },
};
