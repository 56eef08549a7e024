import { Card, Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import { ApiError } from '../../../../ui/api-errors';
import { useContactImport } from '../../hooks/useContactImport';
import type { ImportTarget } from '../../import-fields';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportProgressStep } from './ImportProgressStep';
import { ImportSteps } from './ImportSteps';
import { ImportUploadStep } from './ImportUploadStep';

interface ImportRunProps {
  importId: string;
  target: ImportTarget;
  onImportAnother: () => void;
}

/** Steps 2 and 3 follow the server-side state of the import, so a reload resumes where it was. */
function ImportRun({ importId, target, onImportAnother }: ImportRunProps) {
  const { contactImport, loading, error, retry } = useContactImport(importId, target.evict);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  // An id of another kind of import (edited into the URL) is not this wizard's to resume.
  if (!contactImport || contactImport.entityType !== target.entityType) {
    return <ErrorState error={new ApiError('NOT_FOUND', '')} />;
  }

  if (contactImport.status === 'UPLOADED') {
    return (
      <>
        <ImportSteps current={1} />
        <ImportMappingStep contactImport={contactImport} target={target} />
      </>
    );
  }
  return (
    <>
      <ImportSteps current={2} />
      <ImportProgressStep contactImport={contactImport} done={target.done} onImportAnother={onImportAnother} />
    </>
  );
}

/** The CSV import wizard of contacts, accounts and account metrics: upload, match columns, progress. */
export function ImportWizard({ target }: { target: ImportTarget }) {
  // The import id lives in the URL: ?id=<import id>.
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get('id');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {target.title}
      </Typography.Title>
      <Card>
        <Flex vertical gap={24}>
          {importId ? (
            <ImportRun key={importId} importId={importId} target={target} onImportAnother={() => setSearchParams({})} />
          ) : (
            <>
              <ImportSteps current={0} />
              <ImportUploadStep target={target} onUploaded={(contactImport) => setSearchParams({ id: contactImport.id })} />
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
