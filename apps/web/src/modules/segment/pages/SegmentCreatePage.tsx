import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { ApiError } from '../../../ui/api-errors';
import { useCurrentUser } from '../../auth';
import { isEntityType } from '../../custom-fields';
import type { EntityType } from '../../custom-fields';
import { SegmentEditor } from '../components/SegmentEditor';
import { segmentPath } from '../paths';
import { canManageSegments } from '../permissions';

export default function SegmentCreatePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const entity = searchParams.get('entity');
  const entityType: EntityType = isEntityType(entity) ? entity : 'contact';

  if (!canManageSegments(user)) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('segment.createTitle')}
      </Typography.Title>
      <SegmentEditor
        segment={null}
        entityType={entityType}
        onEntityTypeChange={(next) => setSearchParams({ entity: next }, { replace: true })}
        readOnly={false}
        onSaved={(segment) => void navigate(segmentPath(segment.id), { replace: true })}
      />
    </Flex>
  );
}
