import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fromHttpStatus } from './api-errors';
import { UploadError } from './upload';
import { useErrorMessage } from './useErrorMessage';

/** Prefers the REST endpoint's own explanation (e.g. "file too large") over a generic one. */
export function useUploadErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof UploadError)) return describeError(error);
      if (error.serverMessage) return error.serverMessage;
      if (error.status === 413) return t('upload.tooLarge');
      if (error.status === 415) return t('upload.unsupportedType');
      return describeError(fromHttpStatus(error.status, ''));
    },
    [describeError, t],
  );
}
