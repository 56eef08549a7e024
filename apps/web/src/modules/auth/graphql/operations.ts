import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  MeData,
  SetMyLocaleData,
  SetMyLocaleVariables,
  SignInData,
  SignInVariables,
  SignOutData,
} from './types';

const CURRENT_USER_FIELDS = gql`
  fragment CurrentUserFields on User {
    id
    email
    name
    role
    locale
    permissions
  }
`;

export const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
  ${CURRENT_USER_FIELDS}
`;

export const SIGN_IN: TypedDocumentNode<SignInData, SignInVariables> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        ...CurrentUserFields
      }
    }
  }
  ${CURRENT_USER_FIELDS}
`;

export const SIGN_OUT: TypedDocumentNode<SignOutData, Record<string, never>> = gql`
  mutation SignOut {
    signOut {
      ok
    }
  }
`;

export const SET_MY_LOCALE: TypedDocumentNode<SetMyLocaleData, SetMyLocaleVariables> = gql`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`;
