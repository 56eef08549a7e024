export interface ApiKey {
  id: string;
  name: string;
  /** First characters of the secret, enough to recognise a key in a list. */
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  user: { id: string; name: string };
}

export interface ApiKeysData {
  apiKeys: ApiKey[];
}

export interface CreateApiKeyVariables {
  input: { name: string; scopes: string[] };
}

export interface CreateApiKeyData {
  /** `secret` is returned only here, once. */
  createApiKey: { apiKey: ApiKey; secret: string };
}

export interface RevokeApiKeyVariables {
  input: { id: string };
}

export interface RevokeApiKeyData {
  revokeApiKey: { apiKey: Pick<ApiKey, 'id' | 'revokedAt'> };
}
