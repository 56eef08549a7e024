import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleVersion, toApiError } from './api-errors';

/** Turns any API failure into a sentence for the current UI language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      switch (apiError.code) {
        case 'BAD_USER_INPUT':
          return apiError.message || t('errors.invalidInput');
        case 'UNAUTHENTICATED':
          return t('errors.unauthenticated');
        case 'FORBIDDEN':
          return t('errors.forbidden');
        case 'NOT_FOUND':
          return t('errors.notFound');
        case 'CONFLICT':
          return isStaleVersion(apiError) ? t('errors.staleVersion') : apiError.message || t('errors.conflict');
        case 'TOO_MANY_REQUESTS':
          return apiError.retryAfterSeconds
            ? t('errors.tooManyRequestsRetry', { seconds: apiError.retryAfterSeconds })
            : t('errors.tooManyRequests');
        case 'INTERNAL_SERVER_ERROR':
          return apiError.requestId
            ? t('errors.internalWithRequestId', { requestId: apiError.requestId })
            : t('errors.internal');
        case 'NETWORK':
          return t('errors.network');
        case 'UNKNOWN':
          return apiError.message || t('errors.unknown');
      }
    },
    [t],
  );
}
