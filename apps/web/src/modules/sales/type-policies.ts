import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Keyset-paginated connections: later pages are appended to the cached first page. */
export const salesTypePolicies: TypePolicies = {
  Query: {
    fields: {
      boardColumnDeals: relayStylePagination(['stageId', 'filter']),
      products: relayStylePagination(['filter']),
    },
  },
};
