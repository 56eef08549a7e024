import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { toApiError } from '../../../ui/api-errors';
import type { EntityType } from '../../custom-fields';
import { CREATE_SEGMENT, DELETE_SEGMENT, SEGMENT, SEGMENTS, UPDATE_SEGMENT } from '../graphql/operations';
import type { Segment, SegmentDraft } from '../graphql/types';

// Member counts are evaluated live, so lists and pages are always revalidated.

export function useSegments(entityType: EntityType | undefined) {
  const { data, loading, error, refetch } = useQuery(SEGMENTS, {
    variables: { entityType: entityType ?? null },
    fetchPolicy: 'cache-and-network',
  });
  return {
    segments: data?.segments ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export function useSegment(id: string) {
  const { data, loading, error, refetch } = useQuery(SEGMENT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    segment: data?.segment ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Lists of segments (and list filters offering them) are fetched again after any change. */
function evictSegmentLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'segments' });
  cache.gc();
}

/** Resolves with the saved segment; rejects with an ApiError. */
export function useSaveSegment() {
  const [create, { loading: creating }] = useMutation(CREATE_SEGMENT, { update: evictSegmentLists });
  const [update, { loading: updating }] = useMutation(UPDATE_SEGMENT, { update: evictSegmentLists });
  const save = async (segment: Segment | null, entityType: EntityType, draft: SegmentDraft): Promise<Segment> => {
    try {
      if (segment) {
        const { data } = await update({ variables: { input: { ...draft, id: segment.id, expectedVersion: segment.version } } });
        if (!data) throw new Error('updateSegment returned no data');
        return data.updateSegment.segment;
      }
      const { data } = await create({ variables: { input: { ...draft, entityType } } });
      if (!data) throw new Error('createSegment returned no data');
      return data.createSegment.segment;
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { save, saving: creating || updating };
}

export function useDeleteSegment() {
  const [mutate, { loading }] = useMutation(DELETE_SEGMENT, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Segment', id: data.deleteSegment.id }) });
      evictSegmentLists(cache);
    },
  });
  const deleteSegment = async (segment: Segment): Promise<void> => {
    try {
      await mutate({ variables: { input: { id: segment.id } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
  return { deleteSegment, deleting: loading };
}
