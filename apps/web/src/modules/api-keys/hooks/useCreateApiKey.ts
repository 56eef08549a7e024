import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { API_KEYS, CREATE_API_KEY } from '../graphql/operations';
import type { CreateApiKeyVariables } from '../graphql/types';

/** Resolves with the one-time secret of the new key. */
export function useCreateApiKey() {
  const [mutate, { loading }] = useMutation(CREATE_API_KEY, {
    update(cache, { data }) {
      if (!data) return;
      const { apiKey } = data.createApiKey;
      cache.updateQuery({ query: API_KEYS }, (current) => current && { apiKeys: [...current.apiKeys, apiKey] });
    },
  });
  const createApiKey = async (input: CreateApiKeyVariables['input']): Promise<string> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createApiKey returned no data');
      return data.createApiKey.secret;
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { createApiKey, creating: loading };
}
