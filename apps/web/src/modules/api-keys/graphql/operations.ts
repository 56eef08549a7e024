import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  ApiKeysData,
  CreateApiKeyData,
  CreateApiKeyVariables,
  RevokeApiKeyData,
  RevokeApiKeyVariables,
} from './types';

const API_KEY_FIELDS = gql`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
    user {
      id
      name
    }
  }
`;

export const API_KEYS: TypedDocumentNode<ApiKeysData, Record<string, never>> = gql`
  query ApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
  ${API_KEY_FIELDS}
`;

export const CREATE_API_KEY: TypedDocumentNode<CreateApiKeyData, CreateApiKeyVariables> = gql`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        ...ApiKeyFields
      }
      secret
    }
  }
  ${API_KEY_FIELDS}
`;

export const REVOKE_API_KEY: TypedDocumentNode<RevokeApiKeyData, RevokeApiKeyVariables> = gql`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`;
