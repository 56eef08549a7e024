import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { AntdProviders } from './AntdProviders';
import { createApolloClient } from './apollo-client';
import { createRouter } from './router';

const client = createApolloClient();
const router = createRouter();

export function App() {
  return (
    <ApolloProvider client={client}>
      <AntdProviders>
        <RouterProvider router={router} />
      </AntdProviders>
    </ApolloProvider>
  );
}
