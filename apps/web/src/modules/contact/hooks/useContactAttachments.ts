import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toApiError } from '../../../ui/api-errors';
import { postFile } from '../../../ui/upload';
import { evictContactTimeline } from '../cache';
import { CONTACT_ATTACHMENTS, DELETE_CONTACT_ATTACHMENT } from '../graphql/history';

export function useContactAttachments(contactId: string) {
  const { data, loading, error, refetch } = useQuery(CONTACT_ATTACHMENTS, { variables: { id: contactId } });
  return {
    attachments: data?.contact?.attachments ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Uploads go through REST (multipart); the GraphQL list is then refreshed from the server. */
export function useUploadAttachment(contactId: string) {
  const client = useApolloClient();
  const [uploading, setUploading] = useState(false);
  const upload = async (file: File): Promise<void> => {
    setUploading(true);
    try {
      await postFile(`/api/contacts/${encodeURIComponent(contactId)}/attachments`, file);
      evictContactTimeline(client.cache, contactId);
      await client.refetchQueries({ include: [CONTACT_ATTACHMENTS] });
    } finally {
      setUploading(false);
    }
  };
  return { upload, uploading };
}

export function useDeleteAttachment(contactId: string) {
  const [mutate] = useMutation(DELETE_CONTACT_ATTACHMENT, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'ContactAttachment', id: data.deleteContactAttachment.id }) });
      evictContactTimeline(cache, contactId);
      cache.gc();
    },
  });
  return async (attachmentId: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { id: attachmentId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };
}
