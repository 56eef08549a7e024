import { useQuery } from '@apollo/client/react';
import { OWNER_OPTIONS, TERRITORIES } from '../graphql/operations';

/** Options for a picker; if they cannot be loaded the picker is simply empty. */
interface PickerOptions {
  options: { value: string; label: string }[];
  loading: boolean;
}

export function useOwnerOptions(): PickerOptions {
  const { data, loading } = useQuery(OWNER_OPTIONS);
  return {
    options: data?.users.map((user) => ({ value: user.id, label: user.name })) ?? [],
    loading: loading && !data,
  };
}

export function useTerritoryOptions(): PickerOptions {
  const { data, loading } = useQuery(TERRITORIES);
  return {
    options: data?.territories.map((territory) => ({ value: territory.id, label: territory.name })) ?? [],
    loading: loading && !data,
  };
}
