import { MergeOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { testId } from '../../../ui/test-id';
import { AccountSelect } from '../../account';
import { useCurrentUser } from '../../auth';
import type { EntityType } from '../../custom-fields';
import { mergePath } from '../paths';
import { canMerge } from '../permissions';
import { ContactPicker } from './ContactPicker';

interface MergeWithProps {
  entityType: EntityType;
  /** The card's record: it stays, unless the user swaps the sides on the merge screen. */
  recordId: string;
}

function MergeWithModal({ entityType, recordId, onClose }: MergeWithProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [otherId, setOtherId] = useState<string | null>(null);

  return (
    <Modal
      open
      title={t(`customer.mergeWith.title.${entityType}`)}
      okText={t('customer.mergeWith.continue')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !otherId, ...testId<ButtonProps>('merge-with-continue') }}
      onOk={() => otherId && void navigate(mergePath(entityType, recordId, otherId))}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`customer.mergeWith.hint.${entityType}`)}</Typography.Paragraph>
      {entityType === 'account' ? (
        <AccountSelect
          value={otherId}
          onChange={(next) => setOtherId(typeof next === 'string' ? next : null)}
          excludeId={recordId}
          placeholder={t('customer.mergeWith.accountPlaceholder')}
          style={{ width: '100%' }}
          data-testid="merge-with-select"
        />
      ) : (
        <ContactPicker value={otherId} onChange={setOtherId} excludeId={recordId} />
      )}
    </Modal>
  );
}

/** "Merge with…" on a card, for users who may merge this record type. */
export function MergeWithButton({ entityType, recordId }: MergeWithProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!canMerge(user, entityType)) return null;
  return (
    <>
      <Button icon={<MergeOutlined />} onClick={() => setOpen(true)} data-testid="merge-with">
        {t('customer.mergeWith.button')}
      </Button>
      {open && <MergeWithModal entityType={entityType} recordId={recordId} onClose={() => setOpen(false)} />}
    </>
  );
}
