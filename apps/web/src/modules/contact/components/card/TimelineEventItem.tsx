import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import type { TimelineEvent } from '../../graphql/types';
import { useCustomChange } from '../../../custom-fields';
import { useOwnerOptions, useTerritoryOptions } from '../../../directory';
import { useContactFieldLabel } from '../useContactFieldLabel';

const KNOWN_EVENT_TYPES = {
  'contact.contact.created': 'contact.timeline.type.created',
  'contact.contact.updated': 'contact.timeline.type.updated',
  'contact.contact.deleted': 'contact.timeline.type.deleted',
  'contact.contact.merged': 'contact.timeline.type.merged',
  'contact.note.added': 'contact.timeline.type.noteAdded',
  'contact.attachment.added': 'contact.timeline.type.attachmentAdded',
  'contact.attachment.deleted': 'contact.timeline.type.attachmentDeleted',
} as const;

function isKnownEventType(type: string): type is keyof typeof KNOWN_EVENT_TYPES {
  return type in KNOWN_EVENT_TYPES;
}

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * Turns a field value from the change log (JSON, named like the input fields) into what a person
 * reads: phones formatted, list entries as text, owner and territory by name instead of their id.
 */
function useChangeValueText(): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatPhone = usePhoneFormatter();
  const owners = useOwnerOptions();
  const territories = useTerritoryOptions();
  const nameOf = (options: { value: string; label: string }[], id: unknown) =>
    options.find((option) => option.value === id)?.label ?? textOf(id);

  const entryText = (field: string, entry: Entry): string => {
    switch (field) {
      case 'phones': {
        const number = formatPhone(textOf(entry['number']));
        const extension = textOf(entry['extension']);
        return [number, extension && `${t('contact.form.extension')} ${extension}`].filter(Boolean).join(' ');
      }
      case 'emails':
        return textOf(entry['address']);
      case 'addresses':
        return ['postalCode', 'country', 'region', 'city', 'street'].map((key) => textOf(entry[key])).filter(Boolean).join(', ');
      case 'keyDates':
        return `${textOf(entry['label'])}: ${entry['date'] ? format.date(textOf(entry['date'])) : ''}`;
      case 'socialProfiles':
        return `${textOf(entry['network'])}: ${textOf(entry['url'])}`;
      case 'externalIds':
        return `${textOf(entry['system'])}: ${textOf(entry['externalId'])}`;
      default:
        return JSON.stringify(entry);
    }
  };

  return (field, value) => {
    if (value === null || value === undefined || value === '') return '';
    if (field === 'ownerId' || field === 'owner') return nameOf(owners.options, value);
    if (field === 'territoryId' || field === 'territory') return nameOf(territories.options, value);
    if (field === 'birthday' && typeof value === 'string') return format.date(value);
    if (field === 'preferredChannel' && typeof value === 'string') return t(`contact.channel.${value}`, value);
    if (field === 'language' && typeof value === 'string') return format.languageName(value);
    if (Array.isArray(value)) {
      return value.map((entry) => (isEntry(entry) ? entryText(field, entry) : textOf(entry))).join('; ');
    }
    return isEntry(value) ? entryText(field, value) : String(value);
  };
}

function ChangeValue({ text }: { text: string }) {
  return text ? <Typography.Text>{text}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>;
}

export function TimelineEventItem({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const fieldLabel = useContactFieldLabel();
  const valueText = useChangeValueText();
  const customChange = useCustomChange('contact');

  return (
    <Flex vertical gap={4} data-testid="timeline-event">
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>
          {isKnownEventType(event.type) ? t(KNOWN_EVENT_TYPES[event.type]) : event.type}
        </Typography.Text>
        <Typography.Text type="secondary">{event.actorName}</Typography.Text>
        <Typography.Text type="secondary">{format.dateTime(event.occurredAt)}</Typography.Text>
      </Flex>
      {event.summary && <Typography.Text>{event.summary}</Typography.Text>}
      {event.changes.map((change) => {
        const custom = customChange(change.field);
        const text = (value: unknown) => (custom ? custom.text(value) : valueText(change.field, value));
        return (
          <Flex key={change.field} gap={8} wrap align="center" data-testid="timeline-change">
            <Typography.Text type="secondary">{custom?.label ?? fieldLabel(change.field)}:</Typography.Text>
            <ChangeValue text={text(change.before)} />
            <ArrowRightOutlined />
            <ChangeValue text={text(change.after)} />
          </Flex>
        );
      })}
    </Flex>
  );
}
