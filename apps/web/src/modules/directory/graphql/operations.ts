import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { OwnerOptionsData, TerritoriesData } from './types';

export const OWNER_OPTIONS: TypedDocumentNode<OwnerOptionsData, Record<string, never>> = gql`
  query OwnerOptions {
    users {
      id
      name
    }
  }
`;

export const TERRITORIES: TypedDocumentNode<TerritoriesData, Record<string, never>> = gql`
  query Territories {
    territories {
      id
      name
    }
  }
`;
