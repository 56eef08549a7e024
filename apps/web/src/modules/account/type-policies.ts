import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Keyset-paginated connections: later pages are appended to the cached first page. */
export const accountTypePolicies: TypePolicies = {
  Query: {
    fields: {
      accounts: relayStylePagination(['filter', 'orderBy']),
    },
  },
  Account: {
    fields: {
      timeline: relayStylePagination(),
    },
  },
};
