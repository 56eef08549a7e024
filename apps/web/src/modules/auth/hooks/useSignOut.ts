import { useApolloClient, useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { SIGN_OUT } from '../graphql/operations';
import { markSignedOut } from '../session-cache';

export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SIGN_OUT);
  const signOut = async (): Promise<void> => {
    try {
      await mutate();
    } catch (error) {
      throw toApiError(error);
    }
    // Drop everything the previous user could see before anyone else signs in on this tab.
    await client.clearStore();
    markSignedOut(client.cache);
  };
  return { signOut, signingOut: loading };
}
