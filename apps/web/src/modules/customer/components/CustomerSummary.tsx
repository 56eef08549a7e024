import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePhoneFormatter } from '../../../ui/usePhoneFormatter';
import { accountPath } from '../../account';
import { contactPath } from '../../contact';
import type { CustomerSummary as Customer } from '../graphql/types';

/** One record of a duplicate pair: what a reviewer compares at a glance. */
export function CustomerSummary({ customer }: { customer: Customer | null }) {
  const { t } = useTranslation();
  const formatPhone = usePhoneFormatter();
  if (!customer) return <Typography.Text type="secondary">{t('customer.duplicates.unavailable')}</Typography.Text>;

  const [name, path, details] =
    customer.__typename === 'Account'
      ? [
          customer.name,
          accountPath(customer.id),
          [
            customer.legalName,
            [
              customer.inn && `${t('account.fields.inn')} ${customer.inn}`,
              customer.kpp && `${t('account.fields.kpp')} ${customer.kpp}`,
              customer.ogrn && `${t('account.fields.ogrn')} ${customer.ogrn}`,
            ]
              .filter(Boolean)
              .join(', '),
            customer.region,
          ],
        ]
      : [customer.fullName, contactPath(customer.id), [[customer.company, customer.position].filter(Boolean).join(', ')]];

  return (
    <Flex vertical gap={2} data-testid="pair-record">
      <Flex gap={8} wrap align="baseline">
        <Link to={path}>
          <Typography.Text strong>{name}</Typography.Text>
        </Link>
        <Typography.Text code>{customer.code}</Typography.Text>
      </Flex>
      {[...details, ...customer.phones.map((phone) => formatPhone(phone.number)), ...customer.emails.map((email) => email.address)]
        .filter(Boolean)
        .map((line, index) => (
          <Typography.Text key={index}>{line}</Typography.Text>
        ))}
      <Typography.Text type="secondary">
        {t('customer.duplicates.owner', { name: customer.owner.name })}
      </Typography.Text>
    </Flex>
  );
}
