import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import { useCustomChange } from '../../../custom-fields';
import { useOwnerOptions, useTerritoryOptions } from '../../../directory';
import { ACCOUNT_METRICS, CONTRACT_STATUSES } from '../../graphql/types';
import type { AccountMetric, AccountTimelineEvent } from '../../graphql/types';
import { useAccountFieldLabel } from '../useAccountFieldLabel';

const KNOWN_EVENT_TYPES = {
  'account.account.created': 'account.timeline.type.created',
  'account.account.updated': 'account.timeline.type.updated',
  'account.account.deleted': 'account.timeline.type.deleted',
  'account.account.merged': 'account.timeline.type.merged',
  'account.contact.linked': 'account.timeline.type.contactLinked',
  'account.contact.linkUpdated': 'account.timeline.type.contactLinkUpdated',
  'account.contact.unlinked': 'account.timeline.type.contactUnlinked',
  'account.contract.created': 'account.timeline.type.contractCreated',
  'account.contract.updated': 'account.timeline.type.contractUpdated',
  'account.contract.deleted': 'account.timeline.type.contractDeleted',
  'account.contract.fileAttached': 'account.timeline.type.contractFileAttached',
  'account.metrics.recorded': 'account.timeline.type.metricsRecorded',
} as const;

function isKnownEventType(type: string): type is keyof typeof KNOWN_EVENT_TYPES {
  return type in KNOWN_EVENT_TYPES;
}

const CONTRACT_FIELDS = ['number', 'title', 'status', 'signedOn', 'startsOn', 'endsOn', 'amount', 'currency'] as const;
type ContractField = (typeof CONTRACT_FIELDS)[number];
const DATE_FIELDS = new Set(['signedOn', 'startsOn', 'endsOn']);

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const isMetric = (value: string): value is AccountMetric => (ACCOUNT_METRICS as readonly string[]).includes(value);

/**
 * Labels and values of an account event's changes: account fields, contract fields (on contract
 * events), metric months ("TURNOVER.2025-03") and custom fields ("custom.<key>").
 */
function useChangeText(eventType: string) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatPhone = usePhoneFormatter();
  const fieldLabel = useAccountFieldLabel();
  const customChange = useCustomChange('account');
  const owners = useOwnerOptions();
  const territories = useTerritoryOptions();
  const onContract = eventType.startsWith('account.contract.');
  const nameOf = (options: { value: string; label: string }[], id: unknown) =>
    options.find((option) => option.value === id)?.label ?? textOf(id);
  // The change log has the amounts only, in minor units; their currency is not in the change.
  const amount = (value: unknown) => (typeof value === 'number' ? format.money(value, null) : textOf(value));

  const entryText = (field: string, entry: Entry): string => {
    switch (field) {
      case 'phones':
        return formatPhone(textOf(entry['number']));
      case 'emails':
        return textOf(entry['address']);
      case 'addresses':
        return ['postalCode', 'country', 'region', 'city', 'street'].map((key) => textOf(entry[key])).filter(Boolean).join(', ');
      case 'bankAccounts':
        return t('account.bank.line', { bik: textOf(entry['bik']), account: textOf(entry['settlementAccount']) });
      case 'competitorPurchases':
        return textOf(entry['product']);
      default:
        return JSON.stringify(entry);
    }
  };

  const label = (field: string): string => {
    const custom = customChange(field);
    if (custom) return custom.label;
    if (onContract && (CONTRACT_FIELDS as readonly string[]).includes(field)) return t(`account.contracts.${field as ContractField}`);
    const [metric, month] = field.split('.');
    if (isMetric(metric) && month) return `${t(`account.metric.${metric}`)}, ${format.yearMonth(month)}`;
    return fieldLabel(field);
  };

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return '';
    const custom = customChange(field);
    if (custom) return custom.text(raw);
    if (isMetric(field.split('.')[0]) || (onContract && field === 'amount')) return amount(raw);
    if (onContract && field === 'status' && (CONTRACT_STATUSES as readonly unknown[]).includes(raw)) {
      return t(`account.contractStatus.${raw as (typeof CONTRACT_STATUSES)[number]}`);
    }
    if (DATE_FIELDS.has(field) && typeof raw === 'string') return format.date(raw);
    if (field === 'ownerId') return nameOf(owners.options, raw);
    if (field === 'territoryId') return nameOf(territories.options, raw);
    if (field === 'kinds' && Array.isArray(raw)) return raw.map((kind) => t(`account.kind.${String(kind)}`, String(kind))).join(', ');
    if (field === 'size' && typeof raw === 'string') return t(`account.size.${raw}`, raw);
    if (Array.isArray(raw)) return raw.map((entry) => (isEntry(entry) ? entryText(field, entry) : textOf(entry))).join('; ');
    return isEntry(raw) ? entryText(field, raw) : String(raw);
  };

  return { label, value };
}

function ChangeValue({ text }: { text: string }) {
  return text ? <Typography.Text>{text}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>;
}

export function AccountTimelineEventItem({ event }: { event: AccountTimelineEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const change = useChangeText(event.type);

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
      {event.changes.map((fieldChange) => (
        <Flex key={fieldChange.field} gap={8} wrap align="center" data-testid="timeline-change">
          <Typography.Text type="secondary">{change.label(fieldChange.field)}:</Typography.Text>
          <ChangeValue text={change.value(fieldChange.field, fieldChange.before)} />
          <ArrowRightOutlined />
          <ChangeValue text={change.value(fieldChange.field, fieldChange.after)} />
        </Flex>
      ))}
    </Flex>
  );
}
