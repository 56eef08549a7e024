import { useApolloClient, useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { SIGN_IN } from '../graphql/operations';
import { startSession } from '../session-cache';

export interface Credentials {
  email: string;
  password: string;
}

/** Rejects with an ApiError; on success the cached `me` flips and the router leaves the sign-in page. */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SIGN_IN);
  const signIn = async (credentials: Credentials): Promise<void> => {
    try {
      const { data } = await mutate({ variables: { input: credentials } });
      if (!data) throw new Error('signIn returned no data');
      // Whatever a previous (expired) session left in the cache must not leak into this one.
      await startSession(client.cache, data.signIn.user);
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { signIn, signingIn: loading };
}
