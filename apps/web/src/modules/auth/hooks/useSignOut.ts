import { useMutation } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import { SIGN_OUT } from '../graphql/operations';
import { SIGN_IN_PATH } from '../paths';

export function useSignOut() {
  const [mutate, { loading }] = useMutation(SIGN_OUT);
  const signOut = async (): Promise<void> => {
    try {
      await mutate();
    } catch (error) {
      throw toApiError(error);
    }
    // A full page load drops everything the previous user could see (cache, component state)
    // before anyone else signs in on this tab.
    window.location.assign(SIGN_IN_PATH);
  };
  return { signOut, signingOut: loading };
}
