import { CloseOutlined, MergeOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../ui/format';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import type { EntityType } from '../../custom-fields';
import type { DuplicatePair } from '../graphql/types';
import { useDismissDuplicate } from '../hooks/useDuplicatePairs';
import { mergePath } from '../paths';
import { CustomerSummary } from './CustomerSummary';
import { MatchReasons } from './MatchReasons';

interface DuplicatePairCardProps {
  entityType: EntityType;
  pair: DuplicatePair;
  canMerge: boolean;
}

/** Both records side by side, why they look alike, and what to do about it. */
export function DuplicatePairCard({ entityType, pair, canMerge }: DuplicatePairCardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const describeError = useErrorMessage();
  const dismiss = useDismissDuplicate();
  const [dismissing, setDismissing] = useState(false);

  const handleDismiss = () => {
    setDismissing(true);
    dismiss(pair)
      .then(() => toast.success(t('customer.duplicates.dismissed')))
      .catch((error: unknown) => {
        setDismissing(false);
        toast.error(describeError(error));
      });
  };

  return (
    <Card
      size="small"
      title={<MatchReasons entityType={entityType} reasons={pair.reasons} score={pair.score} />}
      extra={
        <Typography.Text type="secondary">{t('customer.duplicates.found', { date: format.dateTime(pair.foundAt) })}</Typography.Text>
      }
      data-testid="duplicate-pair"
      data-pair-id={pair.id}
    >
      <Flex vertical gap={12}>
        <Row gutter={[16, 12]}>
          <Col xs={24} md={12}>
            <CustomerSummary customer={pair.a} />
          </Col>
          <Col xs={24} md={12}>
            <CustomerSummary customer={pair.b} />
          </Col>
        </Row>
        <Flex gap={8} justify="flex-end">
          <Button icon={<CloseOutlined />} loading={dismissing} onClick={handleDismiss} data-testid="dismiss-duplicate">
            {t('customer.duplicates.notDuplicate')}
          </Button>
          {canMerge && pair.a && pair.b && (
            <Button
              type="primary"
              icon={<MergeOutlined />}
              onClick={() => void navigate(mergePath(entityType, pair.aId, pair.bId))}
              data-testid="merge-duplicate"
            >
              {t('customer.duplicates.merge')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
