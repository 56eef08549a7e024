import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import { CustomFieldValuesView } from '../../../custom-fields';
import { listsField } from '../../form-model';
import type { ContactAddress, ContactDetails } from '../../graphql/types';
import { HiddenValue } from '../form/HiddenValue';
import { useContactFieldLabel } from '../useContactFieldLabel';

function addressLine(address: ContactAddress): string {
  return [address.postalCode, address.country, address.region, address.city, address.street]
    .filter(Boolean)
    .join(', ');
}

export function ContactDetailsView({ contact }: { contact: ContactDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatPhone = usePhoneFormatter();
  const fieldLabel = useContactFieldLabel();
  const empty = <Typography.Text type="secondary">—</Typography.Text>;

  const lines = (values: ReactNode[]) => (values.length > 0 ? <Flex vertical>{values}</Flex> : empty);
  const item = (field: string, value: ReactNode): NonNullable<DescriptionsProps['items']>[number] => ({
    key: field,
    label: fieldLabel(field),
    children: listsField(contact.hiddenFields, field) ? <HiddenValue field={field} /> : (value ?? empty),
  });

  const items: DescriptionsProps['items'] = [
    item('lastName', contact.lastName),
    item('firstName', contact.firstName),
    item('middleName', contact.middleName),
    item('company', contact.company),
    item('position', contact.position),
    item(
      'phones',
      lines(
        contact.phones.map((phone) => (
          <span key={phone.number}>
            <a href={`tel:${phone.number}`}>{formatPhone(phone.number)}</a>
            {phone.extension && ` ${t('contact.form.extension')} ${phone.extension}`}{' '}
            <Typography.Text type="secondary">{t(`contact.phoneKind.${phone.kind}`)}</Typography.Text>
          </span>
        )),
      ),
    ),
    item(
      'emails',
      lines(
        contact.emails.map((email) => (
          <span key={email.address}>
            <a href={`mailto:${email.address}`}>{email.address}</a>{' '}
            <Typography.Text type="secondary">{t(`contact.emailKind.${email.kind}`)}</Typography.Text>
          </span>
        )),
      ),
    ),
    item(
      'addresses',
      lines(
        contact.addresses.map((address, index) => (
          <span key={index}>
            {addressLine(address)}{' '}
            <Typography.Text type="secondary">{t(`contact.addressKind.${address.kind}`)}</Typography.Text>
          </span>
        )),
      ),
    ),
    item('birthday', contact.birthday && format.date(contact.birthday)),
    item(
      'keyDates',
      lines(contact.keyDates.map((keyDate) => <span key={keyDate.label}>{`${keyDate.label}: ${format.date(keyDate.date)}`}</span>)),
    ),
    item(
      'socialProfiles',
      lines(
        contact.socialProfiles.map((profile) => (
          <a key={profile.url} href={profile.url} target="_blank" rel="noreferrer noopener">
            {profile.network}
          </a>
        )),
      ),
    ),
    item('preferredChannel', contact.preferredChannel && t(`contact.channel.${contact.preferredChannel}`)),
    item('language', contact.language && format.languageName(contact.language)),
    item('tags', contact.tags.length > 0 ? contact.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : empty),
    item('owner', contact.owner.name),
    item('territory', contact.territory?.name),
    item('groups', contact.groups.length > 0 ? contact.groups.map((group) => <Tag key={group.id}>{group.name}</Tag>) : empty),
    item(
      'externalIds',
      lines(contact.externalIds.map((id) => <span key={`${id.system}:${id.externalId}`}>{`${id.system}: ${id.externalId}`}</span>)),
    ),
    item('description', contact.description && <span style={{ whiteSpace: 'pre-wrap' }}>{contact.description}</span>),
    item('createdAt', format.dateTime(contact.createdAt)),
    item('updatedAt', format.dateTime(contact.updatedAt)),
  ];

  return (
    <Flex vertical gap={16}>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" items={items} data-testid="contact-details" />
      <CustomFieldValuesView entityType="contact" values={contact.customFields} />
    </Flex>
  );
}
