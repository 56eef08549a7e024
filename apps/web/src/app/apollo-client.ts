import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { accountTypePolicies } from '../modules/account';
import { markSignedOut } from '../modules/auth';
import { contactTypePolicies } from '../modules/contact';
import { customerTypePolicies } from '../modules/customer';
import { salesTypePolicies } from '../modules/sales';
import { segmentTypePolicies } from '../modules/segment';
import { isUnauthenticated } from '../ui/api-errors';

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache();
  // Each module brings its own policies; adding them one by one merges those of the same type.
  for (const policies of [contactTypePolicies, accountTypePolicies, customerTypePolicies, segmentTypePolicies, salesTypePolicies]) {
    cache.policies.addTypePolicies(policies);
  }

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
