import { DeleteOutlined, EditOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Tag, Tooltip, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { useUploadErrorMessage } from '../../../../ui/useUploadErrorMessage';
import type { Contract, ContractStatus } from '../../graphql/types';
import { useContracts, useDeleteContract, useUploadContractFile } from '../../hooks/useContracts';
import { ContractModal } from './ContractModal';

const STATUS_COLORS: Record<ContractStatus, string> = {
  DRAFT: 'default',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  EXPIRED: 'default',
  TERMINATED: 'red',
};

export function AccountContracts({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const describeError = useErrorMessage();
  const describeUploadError = useUploadErrorMessage();
  const { contracts, loading, error, retry } = useContracts(accountId);
  const deleteContract = useDeleteContract(accountId);
  const { upload, uploadingId } = useUploadContractFile(accountId);
  // undefined: no modal; null: a new contract.
  const [editing, setEditing] = useState<Contract | null | undefined>(undefined);

  const remove = (contract: Contract) => {
    deleteContract(contract)
      .then(() => toast.success(t('account.contracts.deleted', { number: contract.number })))
      .catch((failure: unknown) => toast.error(describeError(failure)));
  };
  const date = (value: string | null) => (value ? format.date(value) : '');

  const uploadFile = (contract: Contract, file: File) => {
    upload(contract, file)
      .then(() => toast.success(t('account.contracts.fileUploaded', { number: contract.number })))
      .catch((failure: unknown) => toast.error(describeUploadError(failure)));
    // The file is sent by our own request above; antd's built-in upload is not used.
    return Upload.LIST_IGNORE;
  };
  const uploadLabel = (contract: Contract) => (contract.file ? t('account.contracts.replaceFile') : t('account.contracts.uploadFile'));

  const columns: SimpleColumn<Contract>[] = [
    { key: 'number', title: t('account.contracts.number'), render: (contract) => contract.number },
    { key: 'title', title: t('account.contracts.title'), render: (contract) => contract.title },
    {
      key: 'status',
      title: t('account.contracts.status'),
      render: (contract) => <Tag color={STATUS_COLORS[contract.status]}>{t(`account.contractStatus.${contract.status}`)}</Tag>,
    },
    { key: 'signedOn', title: t('account.contracts.signedOn'), render: (contract) => date(contract.signedOn) },
    {
      key: 'period',
      title: t('account.contracts.period'),
      render: (contract) => (contract.startsOn || contract.endsOn ? `${date(contract.startsOn)} – ${date(contract.endsOn)}` : ''),
    },
    {
      key: 'amount',
      title: t('account.contracts.amount'),
      align: 'right',
      render: (contract) => contract.amount !== null && format.money(contract.amount, contract.currency),
    },
    {
      key: 'file',
      title: t('account.contracts.file'),
      render: (contract) =>
        contract.file && (
          <a href={contract.file.downloadUrl} download={contract.file.fileName} data-testid="contract-file-link">
            <PaperClipOutlined /> {contract.file.fileName}{' '}
            <span style={{ whiteSpace: 'nowrap' }}>({format.fileSize(contract.file.size)})</span>
          </a>
        ),
    },
    {
      key: 'actions',
      align: 'right',
      render: (contract) =>
        canEdit && (
          <Flex gap={4} justify="flex-end">
            <Upload beforeUpload={(file) => uploadFile(contract, file)} showUploadList={false} disabled={uploadingId !== null}>
              <Tooltip title={uploadLabel(contract)}>
                <Button
                  type="text"
                  icon={<UploadOutlined />}
                  loading={uploadingId === contract.id}
                  aria-label={uploadLabel(contract)}
                  data-testid="upload-contract-file"
                />
              </Tooltip>
            </Upload>
            <Tooltip title={t('common.edit')}>
              <Button
                type="text"
                icon={<EditOutlined />}
                onClick={() => setEditing(contract)}
                aria-label={t('common.edit')}
                data-testid="edit-contract"
              />
            </Tooltip>
            <Popconfirm
              title={t('account.contracts.deleteConfirm', { number: contract.number })}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => remove(contract)}
            >
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="delete-contract" />
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (contracts.length === 0) return <Empty description={t('account.contracts.empty')} />;
    return (
      <SimpleTable
        columns={columns}
        rows={contracts}
        rowKey={(contract) => contract.id}
        rowTestId={() => 'contract-row'}
        data-testid="contracts"
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      {canEdit && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          style={{ alignSelf: 'flex-start' }}
          data-testid="new-contract"
        >
          {t('account.contracts.create')}
        </Button>
      )}
      {list()}
      {editing !== undefined && (
        <ContractModal accountId={accountId} contract={editing} onClose={() => setEditing(undefined)} />
      )}
    </Flex>
  );
}
