import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ApiError } from '../../../ui/api-errors';
import { ImportMappingStep } from '../components/import/ImportMappingStep';
import { ImportProgressStep } from '../components/import/ImportProgressStep';
import { ImportSteps } from '../components/import/ImportSteps';
import { ImportUploadStep } from '../components/import/ImportUploadStep';
import { useContactImport } from '../hooks/useContactImport';

/** Steps 2 and 3 follow the server-side state of the import, so a reload resumes where it was. */
function ImportRun({ importId, onImportAnother }: { importId: string; onImportAnother: () => void }) {
  const { contactImport, loading, error, retry } = useContactImport(importId);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!contactImport) return <ErrorState error={new ApiError('NOT_FOUND', '')} />;

  if (contactImport.status === 'UPLOADED') {
    return (
      <>
        <ImportSteps current={1} />
        <ImportMappingStep contactImport={contactImport} />
      </>
    );
  }
  return (
    <>
      <ImportSteps current={2} />
      <ImportProgressStep contactImport={contactImport} onImportAnother={onImportAnother} />
    </>
  );
}

export default function ContactImportPage() {
  const { t } = useTranslation();
  // The import id lives in the URL: ?id=<import id>.
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get('id');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contact.import.title')}
      </Typography.Title>
      <Card>
        <Flex vertical gap={24}>
          {importId ? (
            <ImportRun key={importId} importId={importId} onImportAnother={() => setSearchParams({})} />
          ) : (
            <>
              <ImportSteps current={0} />
              <ImportUploadStep onUploaded={(contactImport) => setSearchParams({ id: contactImport.id })} />
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
