import { Form } from 'antd';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { contactPath } from '../../contact';
import type { ContactDuplicateProbe } from '../graphql/types';
import { useContactDuplicateCandidates } from '../hooks/useDuplicateCandidates';
import { DuplicateCandidates } from './DuplicateCandidates';

const TYPING_PAUSE_MS = 500;

/** The contact form's inputs the check looks at. */
interface ContactProbeValues {
  firstName?: string;
  lastName?: string;
  middleName?: string;
  emails?: ({ address?: string } | undefined)[];
  phones?: ({ number?: string } | undefined)[];
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/** Worth asking about: an e-mail, a phone, or a first and last name together (as the server compares). */
function contactProbe(values: ContactProbeValues): ContactDuplicateProbe | null {
  const emails = (values.emails ?? []).map((row) => row?.address?.trim() ?? '').filter((address) => address.includes('@'));
  const phones = (values.phones ?? []).map((row) => row?.number?.trim() ?? '').filter((number) => number.replace(/\D/g, '').length >= 5);
  const [firstName, lastName, middleName] = [values.firstName, values.lastName, values.middleName].map(trimmed);
  if (emails.length === 0 && phones.length === 0 && !(firstName && lastName)) return null;
  return { firstName, lastName, middleName, emails, phones };
}

/** Placed inside the contact form: lists visible contacts that look like the one being typed. */
export function ContactDuplicateCheck() {
  const probe = Form.useWatch<ContactProbeValues, ContactDuplicateProbe | null>(contactProbe);
  const { candidates, error, retry } = useContactDuplicateCandidates(useDebouncedValue(probe, TYPING_PAUSE_MS));
  return (
    <DuplicateCandidates
      entityType="contact"
      candidates={candidates.map(({ contact, reasons, score }) => ({
        id: contact.id,
        code: contact.code,
        name: contact.fullName,
        detail: contact.company,
        path: contactPath(contact.id),
        reasons,
        score,
      }))}
      error={error}
      onRetry={retry}
    />
  );
}
