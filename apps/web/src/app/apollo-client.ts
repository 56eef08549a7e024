import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { markSignedOut } from '../modules/auth';
import { contactTypePolicies } from '../modules/contact';
import { isUnauthenticated } from '../ui/api-errors';

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({ typePolicies: contactTypePolicies });

  // An expired session can surface in any query; clearing `me` makes RequireAuth send the user
  // to the sign-in page, which brings them back to where they were afterwards.
  const signOutWhenUnauthenticated = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) markSignedOut(cache);
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([
      signOutWhenUnauthenticated,
      // Same-origin cookie session: the HttpOnly cookie set by signIn rides along automatically.
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
  });
}
