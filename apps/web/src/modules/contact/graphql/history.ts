import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  AddContactNoteData,
  AddContactNoteVariables,
  ContactAttachmentsData,
  ContactNotesData,
  ContactTimelineData,
  IdVariables,
  DeleteContactAttachmentData,
  DeleteContactAttachmentVariables,
  PageVariables,
} from './types';

export const CONTACT_TIMELINE: TypedDocumentNode<ContactTimelineData, PageVariables> = gql`
  query ContactTimeline($id: String!, $first: Int!, $after: String) {
    contact(id: $id) {
      id
      timeline(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            type
            occurredAt
            actorName
            changes {
              field
              before
              after
            }
            summary
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const CONTACT_NOTES: TypedDocumentNode<ContactNotesData, PageVariables> = gql`
  query ContactNotes($id: String!, $first: Int!, $after: String) {
    contact(id: $id) {
      id
      notes(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            body
            author {
              id
              name
            }
            createdAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const ADD_CONTACT_NOTE: TypedDocumentNode<AddContactNoteData, AddContactNoteVariables> = gql`
  mutation AddContactNote($input: AddContactNoteInput!) {
    addContactNote(input: $input) {
      note {
        id
      }
    }
  }
`;

export const CONTACT_ATTACHMENTS: TypedDocumentNode<ContactAttachmentsData, IdVariables> = gql`
  query ContactAttachments($id: String!) {
    contact(id: $id) {
      id
      attachments {
        id
        fileName
        mimeType
        size
        uploadedBy {
          id
          name
        }
        createdAt
        downloadUrl
      }
    }
  }
`;

export const DELETE_CONTACT_ATTACHMENT: TypedDocumentNode<
  DeleteContactAttachmentData,
  DeleteContactAttachmentVariables
> = gql`
  mutation DeleteContactAttachment($input: DeleteContactAttachmentInput!) {
    deleteContactAttachment(input: $input) {
      id
    }
  }
`;
