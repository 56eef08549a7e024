import { LockOutlined, MergeOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Popconfirm, Radio, Tag, Tooltip, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import { isStaleVersion, toApiError } from '../../../ui/api-errors';
import type { ApiError } from '../../../ui/api-errors';
import { testId } from '../../../ui/test-id';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import type { EntityType } from '../../custom-fields';
import type { MergeInput, MergeSource } from '../graphql/types';
import { BOTH, placeMergeErrors, sourceOf, toFieldChoices } from '../merge-model';
import type { MergePicks, MergeRow, PlacedMergeErrors } from '../merge-model';
import { duplicatesPath } from '../paths';

/** Which record stays and which is merged into it, as the merge page's URL says. */
export interface MergeSidesProps {
  survivorId: string;
  loserId: string;
  onSwap: () => void;
}

export interface MergeRecordView {
  id: string;
  version: number;
  code: string;
  name: string;
  path: string;
}

interface MergeScreenProps {
  entityType: EntityType;
  survivor: MergeRecordView;
  loser: MergeRecordView;
  /** The fields whose values differ. */
  rows: MergeRow[];
  merging: boolean;
  /** Rejects with an ApiError. */
  onMerge: (input: MergeInput) => Promise<void>;
  onReload: () => void;
  onSwap: () => void;
}

interface MergeFailure {
  error: ApiError;
  placed: PlacedMergeErrors;
}

type Role = 'survivor' | 'loser';

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical>
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </Flex>
  );
}

function Messages({ messages }: { messages: string[] | undefined }) {
  return messages?.map((message) => (
    <Typography.Text key={message} type="danger" data-testid="merge-field-error">
      {message}
    </Typography.Text>
  ));
}

/**
 * Two records side by side, one row per field that differs; a radio per row picks the value that
 * stays, and lists may keep both. The sides can be swapped; the picks follow the records.
 */
export function MergeScreen({ entityType, survivor, loser, rows, merging, onMerge, onReload, onSwap }: MergeScreenProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const describeError = useErrorMessage();
  const [picks, setPicks] = useState<MergePicks>({});
  const [failure, setFailure] = useState<MergeFailure | null>(null);
  const sides = { survivorId: survivor.id, loserId: loser.id };
  const codes = { survivor: survivor.code, loser: loser.code };

  const submit = async () => {
    setFailure(null);
    const fields = toFieldChoices(rows, picks, sides);
    try {
      await onMerge({ survivorId: survivor.id, survivorVersion: survivor.version, loserId: loser.id, loserVersion: loser.version, fields });
    } catch (error) {
      const apiError = toApiError(error);
      setFailure({ error: apiError, placed: placeMergeErrors(apiError.fields, fields) });
    }
  };
  // Opened from a link, there is no page to go back to: the queue.
  const cancel = () => void (location.key === 'default' ? navigate(duplicatesPath(entityType)) : navigate(-1));

  const failureAlert = () => {
    if (!failure) return null;
    const { error, placed } = failure;
    if (isStaleVersion(error)) {
      return (
        <Alert
          type="warning"
          showIcon
          title={t('customer.merge.stale')}
          action={
            <Button
              size="small"
              onClick={() => {
                setFailure(null);
                onReload();
              }}
              data-testid="reload-merge"
            >
              {t('common.reload')}
            </Button>
          }
          data-testid="merge-stale"
        />
      );
    }
    const title =
      error.code === 'FORBIDDEN'
        ? t(`customer.merge.forbidden.${entityType}`)
        : error.fields.length > 0
          ? t('customer.merge.fixErrors')
          : describeError(error);
    return (
      <Alert
        type="error"
        showIcon
        title={title}
        description={
          placed.unplaced.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {placed.unplaced.map(({ field, message }) => (
                <li key={`${field}:${message}`}>{`${field}: ${message}`}</li>
              ))}
            </ul>
          )
        }
        data-testid="merge-error"
      />
    );
  };

  const sideCard = (record: MergeRecordView, role: Role) => (
    <Card size="small" style={{ flex: '1 1 280px' }} data-testid={`merge-${role}`}>
      <Flex vertical gap={4} align="flex-start">
        <Tag color={role === 'survivor' ? 'green' : 'red'}>{t(`customer.merge.${role}`)}</Tag>
        <Link to={record.path}>
          <Typography.Text strong>{record.name}</Typography.Text>
        </Link>
        <Typography.Text code data-testid={`merge-${role}-code`}>
          {record.code}
        </Typography.Text>
        <Messages messages={failure?.placed[role]} />
      </Flex>
    </Card>
  );

  const choice = (row: MergeRow, pick: string, source: MergeSource, testIdSuffix: string, lines?: string[]) => (
    <Radio
      checked={sourceOf(row, picks, sides) === source}
      disabled={row.locked}
      onChange={() => setPicks((current) => ({ ...current, [row.field]: pick }))}
      data-testid={`merge-${row.field}-${testIdSuffix}`}
    >
      {lines && <Lines lines={lines} />}
    </Radio>
  );

  const columns: SimpleColumn<MergeRow>[] = [
    {
      key: 'field',
      title: t('customer.merge.field'),
      width: 220,
      render: (row) => (
        <Flex vertical>
          <Typography.Text strong>
            {row.label}{' '}
            {row.locked && (
              <Tooltip title={t('customer.merge.locked')}>
                <LockOutlined aria-label={t('customer.merge.locked')} />
              </Tooltip>
            )}
          </Typography.Text>
          <Messages messages={failure?.placed.byRow.get(row.field)} />
        </Flex>
      ),
    },
    { key: 'survivor', title: t('customer.merge.survivor'), render: (row) => choice(row, survivor.id, 'SURVIVOR', 'survivor', row.survivor) },
    { key: 'loser', title: t('customer.merge.loser'), render: (row) => choice(row, loser.id, 'LOSER', 'loser', row.loser) },
  ];
  if (rows.some((row) => row.list)) {
    columns.push({
      key: 'both',
      title: t('customer.merge.both'),
      width: 140,
      align: 'center',
      render: (row) => row.list && choice(row, BOTH, 'BOTH', 'both'),
    });
  }

  return (
    <Flex vertical gap={16} data-testid="merge-screen">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t(`customer.merge.title.${entityType}`)}
      </Typography.Title>
      <Alert type="info" showIcon title={t(`customer.merge.explain.${entityType}`, codes)} data-testid="merge-explain" />
      <Flex gap={16} align="center" wrap>
        {sideCard(survivor, 'survivor')}
        <Button
          icon={<SwapOutlined />}
          onClick={() => {
            setFailure(null);
            onSwap();
          }}
          disabled={merging}
          data-testid="merge-swap"
        >
          {t('customer.merge.swap')}
        </Button>
        {sideCard(loser, 'loser')}
      </Flex>
      {failureAlert()}
      <Card size="small">
        {rows.length > 0 ? (
          <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.field} rowTestId={(row) => `merge-row-${row.field}`} data-testid="merge-fields" />
        ) : (
          <Empty description={t('customer.merge.noDifferences')} data-testid="merge-no-differences" />
        )}
      </Card>
      <Flex gap={8}>
        <Popconfirm
          title={t('customer.merge.confirm', codes)}
          okText={t('customer.merge.submit')}
          okButtonProps={testId<ButtonProps>('confirm-merge')}
          cancelText={t('common.cancel')}
          onConfirm={submit}
        >
          <Button type="primary" icon={<MergeOutlined />} loading={merging} data-testid="merge-submit">
            {t('customer.merge.submit')}
          </Button>
        </Popconfirm>
        <Button onClick={cancel} disabled={merging} data-testid="merge-cancel">
          {t('common.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}
