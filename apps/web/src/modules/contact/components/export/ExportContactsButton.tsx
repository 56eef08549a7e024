import { ExportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { ContactFilter } from '../../graphql/types';
import { useContactExport } from '../../hooks/useContactExport';
import { ExportProgressModal } from './ExportProgressModal';

/** Exports exactly what the list currently shows (same filter). */
export function ExportContactsButton({ filter }: { filter: ContactFilter }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { active, contactExport, starting, pollError, start, dismiss } = useContactExport();

  const handleClick = () => {
    start(filter).catch((error: unknown) => toast.error(describeError(error)));
  };

  return (
    <>
      <Button icon={<ExportOutlined />} loading={starting} onClick={handleClick} data-testid="export-contacts">
        {t('contact.export.button')}
      </Button>
      <ExportProgressModal open={active} contactExport={contactExport} pollError={pollError} onClose={dismiss} />
    </>
  );
}
