import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import type { TimelineEvent } from '../../graphql/types';
import { useContactFieldLabel } from '../useContactFieldLabel';

const KNOWN_EVENT_TYPES = {
  'contact.contact.created': 'contact.timeline.type.created',
  'contact.contact.updated': 'contact.timeline.type.updated',
  'contact.contact.deleted': 'contact.timeline.type.deleted',
  'contact.note.added': 'contact.timeline.type.noteAdded',
  'contact.attachment.added': 'contact.timeline.type.attachmentAdded',
  'contact.attachment.deleted': 'contact.timeline.type.attachmentDeleted',
} as const;

function isKnownEventType(type: string): type is keyof typeof KNOWN_EVENT_TYPES {
  return type in KNOWN_EVENT_TYPES;
}

/** Field values arrive as JSON: scalars are shown as-is, lists joined, objects as compact JSON. */
function ChangeValue({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  if (Array.isArray(value) && value.every((entry) => typeof entry !== 'object')) {
    return <Typography.Text>{value.join(', ')}</Typography.Text>;
  }
  return <Typography.Text>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</Typography.Text>;
}

export function TimelineEventItem({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const fieldLabel = useContactFieldLabel();

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
      {event.changes.map((change) => (
        <Flex key={change.field} gap={8} wrap align="center" data-testid="timeline-change">
          <Typography.Text type="secondary">{fieldLabel(change.field)}:</Typography.Text>
          <ChangeValue value={change.before} />
          <ArrowRightOutlined />
          <ChangeValue value={change.after} />
        </Flex>
      ))}
    </Flex>
  );
}
