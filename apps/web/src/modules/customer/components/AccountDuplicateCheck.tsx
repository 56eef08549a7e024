import { Form } from 'antd';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { accountPath } from '../../account';
import type { AccountDuplicateProbe } from '../graphql/types';
import { useAccountDuplicateCandidates } from '../hooks/useDuplicateCandidates';
import { DuplicateCandidates } from './DuplicateCandidates';

const TYPING_PAUSE_MS = 500;

/** The account form's inputs the check looks at. */
interface AccountProbeValues {
  name?: string;
  inn?: string;
  ogrn?: string;
  emails?: ({ address?: string } | undefined)[];
  phones?: ({ number?: string } | undefined)[];
}

const digitCount = (value: string) => value.replace(/\D/g, '').length;

/** Worth asking about: a name of three letters or more, a complete INN or OGRN, an e-mail, a phone. */
function accountProbe(values: AccountProbeValues): AccountDuplicateProbe | null {
  const name = values.name?.trim() ?? '';
  const inn = values.inn?.trim() ?? '';
  const ogrn = values.ogrn?.trim() ?? '';
  const emails = (values.emails ?? []).map((row) => row?.address?.trim() ?? '').filter((address) => address.includes('@'));
  const phones = (values.phones ?? []).map((row) => row?.number?.trim() ?? '').filter((number) => digitCount(number) >= 5);
  const probe: AccountDuplicateProbe = {
    ...(name.length >= 3 && { name }),
    ...(digitCount(inn) >= 10 && { inn }),
    ...(digitCount(ogrn) >= 13 && { ogrn }),
    ...(emails.length > 0 && { emails }),
    ...(phones.length > 0 && { phones }),
  };
  return Object.keys(probe).length > 0 ? probe : null;
}

/** Placed inside the account form: lists visible accounts that look like the one being typed. */
export function AccountDuplicateCheck() {
  const probe = Form.useWatch<AccountProbeValues, AccountDuplicateProbe | null>(accountProbe);
  const { candidates, error, retry } = useAccountDuplicateCandidates(useDebouncedValue(probe, TYPING_PAUSE_MS));
  return (
    <DuplicateCandidates
      entityType="account"
      candidates={candidates.map(({ account, reasons, score }) => ({
        id: account.id,
        code: account.code,
        name: account.name,
        detail: account.inn,
        path: accountPath(account.id),
        reasons,
        score,
      }))}
      error={error}
      onRetry={retry}
    />
  );
}
