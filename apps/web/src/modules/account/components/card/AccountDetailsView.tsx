import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../../ui/format';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import { HiddenValue } from '../../../contact';
import { CustomFieldValuesView } from '../../../custom-fields';
import type { AccountDetails, AccountRef } from '../../graphql/types';
import { useAccountRefs } from '../../hooks/useAccountOptions';
import { accountPath } from '../../paths';
import { useAccountFieldLabel } from '../useAccountFieldLabel';

type DescriptionItem = NonNullable<DescriptionsProps['items']>[number];

function AccountLink({ account }: { account: AccountRef }) {
  return <Link to={accountPath(account.id)}>{account.name}</Link>;
}

export function AccountDetailsView({ account }: { account: AccountDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatPhone = usePhoneFormatter();
  const fieldLabel = useAccountFieldLabel();
  const competitors = useAccountRefs(account.competitorPurchases.flatMap((purchase) => purchase.competitorId ?? []));
  const empty = <Typography.Text type="secondary">—</Typography.Text>;

  const lines = (values: ReactNode[]) => (values.length > 0 ? <Flex vertical>{values}</Flex> : empty);
  const item = (field: string, value: ReactNode): DescriptionItem => ({
    key: field,
    label: fieldLabel(field),
    children: account.hiddenFields.includes(field) ? <HiddenValue field={field} /> : (value ?? empty),
  });

  const main: DescriptionItem[] = [
    item('legalName', account.legalName),
    item('kinds', account.kinds.length > 0 ? account.kinds.map((kind) => <Tag key={kind}>{t(`account.kind.${kind}`)}</Tag>) : empty),
    item('parent', account.parent && <AccountLink account={account.parent} />),
    item('children', lines(account.children.map((child) => <AccountLink key={child.id} account={child} />))),
    item('industry', account.industry),
    item('region', account.region),
    item('size', account.size && t(`account.size.${account.size}`)),
    item('employees', account.employees === null ? null : format.number(account.employees)),
    item(
      'website',
      account.website && (
        <a href={account.website} target="_blank" rel="noreferrer noopener">
          {account.website}
        </a>
      ),
    ),
    item(
      'phones',
      lines(
        account.phones.map((phone) => (
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
      lines(account.emails.map((email) => <a key={email.address} href={`mailto:${email.address}`}>{email.address}</a>)),
    ),
    item(
      'addresses',
      lines(
        account.addresses.map((address, index) => (
          <span key={index}>
            {[address.postalCode, address.country, address.region, address.city, address.street].filter(Boolean).join(', ')}{' '}
            <Typography.Text type="secondary">{t(`contact.addressKind.${address.kind}`)}</Typography.Text>
          </span>
        )),
      ),
    ),
    item('tags', account.tags.length > 0 ? account.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : empty),
    item('owner', account.owner.name),
    item('territory', account.territory?.name),
    item('description', account.description && <span style={{ whiteSpace: 'pre-wrap' }}>{account.description}</span>),
    item('createdAt', format.dateTime(account.createdAt)),
    item('updatedAt', format.dateTime(account.updatedAt)),
  ];

  const requisites: DescriptionItem[] = [
    item('inn', account.inn),
    item('kpp', account.kpp),
    item('ogrn', account.ogrn),
    item('vatId', account.vatId),
    {
      ...item(
        'bankAccounts',
        lines(
          account.bankAccounts.map((bank) => (
            <span key={`${bank.bik}:${bank.settlementAccount}`}>
              {t('account.bank.line', { bik: bank.bik, account: bank.settlementAccount })}
              {bank.bankName && <Typography.Text type="secondary"> {bank.bankName}</Typography.Text>}
            </span>
          )),
        ),
      ),
      span: 'filled',
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" items={main} data-testid="account-details" />
      <Descriptions
        title={t('account.card.requisites')}
        column={{ xs: 1, md: 2 }}
        bordered
        size="small"
        items={requisites}
        data-testid="account-requisites"
      />
      {account.competitorPurchases.length > 0 && (
        <Descriptions
          title={t('account.fields.competitorPurchases')}
          column={1}
          bordered
          size="small"
          items={account.competitorPurchases.map((purchase, index) => {
            const competitor = purchase.competitorId ? competitors.get(purchase.competitorId) : undefined;
            return {
              key: index,
              label: purchase.product,
              children: (
                <>
                  {competitor ? <AccountLink account={competitor} /> : empty}
                  {purchase.note && <Typography.Text type="secondary"> — {purchase.note}</Typography.Text>}
                </>
              ),
            };
          })}
          data-testid="account-competitors"
        />
      )}
      <CustomFieldValuesView entityType="account" values={account.customFields} />
    </Flex>
  );
}
