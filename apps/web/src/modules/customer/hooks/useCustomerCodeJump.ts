import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { accountPath } from '../../account';
import { contactPath } from '../../contact';
import { CUSTOMER_BY_CODE } from '../graphql/merge';

/**
 * "C-0001234-5" in any typing ("c 0001234 5", Cyrillic "С"): the letter, then at least eight
 * digits with spaces or dashes. The server checks the last digit.
 */
const CODE_PATTERN = /^[CcСс][\s-]*\d(?:[\s-]*\d){7,}$/;

/**
 * Opens the contact or account whose customer code was typed into a list search. Codes of merged
 * records lead to the survivor, which the list itself cannot find. Anything else (or a code
 * nobody has) is left to the list's own search.
 */
export function useCustomerCodeJump(): (search: string) => void {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    (search: string) => {
      const code = search.trim();
      if (!CODE_PATTERN.test(code)) return;
      client
        .query({ query: CUSTOMER_BY_CODE, variables: { code }, fetchPolicy: 'network-only' })
        .then(({ data }) => {
          const customer = data?.customerByCode;
          if (customer) void navigate(customer.__typename === 'Account' ? accountPath(customer.id) : contactPath(customer.id));
        })
        .catch(() => undefined);
    },
    [client, navigate],
  );
}
