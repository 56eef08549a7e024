import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { withoutEmptyFields } from '../../contact';
import { filledCustomValues, mustFillRule, toCustomValueInputs, useCustomFields } from '../../custom-fields';
import { AccountDuplicateCheck } from '../../customer';
import { AccountForm } from '../components/form/AccountForm';
import { NEW_ACCOUNT_VALUES, toAccountInput } from '../form-model';
import type { AccountFormValues } from '../form-model';
import { useCreateAccount } from '../hooks/useSaveAccount';
import { ACCOUNTS_PATH, accountPath } from '../paths';

export default function AccountCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createAccount = useCreateAccount();
  const customFields = useCustomFields('account');

  const save = async (values: AccountFormValues) => {
    const custom = filledCustomValues(toCustomValueInputs(customFields.active, values.customFields));
    const id = await createAccount({
      ...withoutEmptyFields(toAccountInput(values)),
      ...(custom.length > 0 && { customFields: custom }),
    });
    void navigate(accountPath(id), { replace: true });
  };

  const form = () => {
    if (customFields.loading) return <LoadingState />;
    if (customFields.error) return <ErrorState error={customFields.error} onRetry={customFields.retry} />;
    return (
      <AccountForm
        initialValues={NEW_ACCOUNT_VALUES}
        customFields={customFields.active}
        mustFill={mustFillRule(null)}
        submitLabel={t('account.create.submit')}
        onSave={save}
        onCancel={() => void navigate(ACCOUNTS_PATH)}
        notice={<AccountDuplicateCheck />}
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('account.create.title')}
      </Typography.Title>
      <Card>{form()}</Card>
    </Flex>
  );
}
