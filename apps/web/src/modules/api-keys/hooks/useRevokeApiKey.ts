import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { REVOKE_API_KEY } from '../graphql/operations';

/** The payload carries the key's id and revokedAt, so the normalised cache updates the list itself. */
export function useRevokeApiKey() {
  const [mutate] = useMutation(REVOKE_API_KEY);
  return async (id: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { id } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
