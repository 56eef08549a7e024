import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Keyset-paginated connections: later pages are appended to the cached first page. */
export const contactTypePolicies: TypePolicies = {
  Query: {
    fields: {
      contacts: relayStylePagination(['filter', 'orderBy']),
    },
  },
  Contact: {
    fields: {
      timeline: relayStylePagination(),
      notes: relayStylePagination(),
    },
  },
};
