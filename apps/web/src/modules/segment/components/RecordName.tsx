import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { accountPath } from '../../account';
import { contactPath } from '../../contact';
import { ACCOUNT_NAME, CONTACT_NAME } from '../graphql/operations';

/** A contact or account known only by id, as a link to its card (its name once it has loaded). */
export function RecordName({ entityType, id }: { entityType: string; id: string }) {
  const isAccount = entityType === 'account';
  const { data } = useQuery(isAccount ? ACCOUNT_NAME : CONTACT_NAME, { variables: { id } });
  const record = data?.account ? { name: data.account.name, code: data.account.code } : data?.contact && { name: data.contact.fullName, code: data.contact.code };
  return (
    <Link to={isAccount ? accountPath(id) : contactPath(id)}>
      {record ? (
        <>
          {record.name} <Typography.Text type="secondary">{record.code}</Typography.Text>
        </>
      ) : (
        <Typography.Text code>{id.slice(0, 8)}</Typography.Text>
      )}
    </Link>
  );
}
