import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The review queue is keyset-paginated per record type: later pages are appended. */
export const customerTypePolicies: TypePolicies = {
  Query: {
    fields: {
      duplicatePairs: relayStylePagination(['entityType']),
    },
  },
};
