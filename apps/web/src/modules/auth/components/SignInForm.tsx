import { Alert, Button, Form } from 'antd';
// Deep imports: antd's Input index also brings TextArea, Search and OTP (about 10 KB gzipped)
// into the sign-in page, the first download of every visitor.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../ui/api-errors';
import type { ApiError } from '../../../ui/api-errors';
import { showFieldErrors } from '../../../ui/form-errors';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useSignIn } from '../hooks/useSignIn';
import type { Credentials } from '../hooks/useSignIn';

export function SignInForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const { signIn, signingIn } = useSignIn();
  const describeError = useErrorMessage();
  const [failure, setFailure] = useState<ApiError | null>(null);

  const failureText = (error: ApiError): string => {
    // A wrong password comes back as UNAUTHENTICATED (or an input error without a field).
    if (error.code === 'UNAUTHENTICATED' || (error.code === 'BAD_USER_INPUT' && error.fields.length === 0)) {
      return t('auth.invalidCredentials');
    }
    if (error.code === 'TOO_MANY_REQUESTS') {
      return error.retryAfterSeconds
        ? t('auth.throttledRetry', { seconds: error.retryAfterSeconds })
        : t('auth.throttled');
    }
    return describeError(error);
  };

  const handleFinish = async (credentials: Credentials) => {
    setFailure(null);
    try {
      await signIn(credentials);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = showFieldErrors(form, apiError.fields, ([name]) => name === 'email' || name === 'password');
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={handleFinish} requiredMark={false} disabled={signingIn}>
      {failure && (
        <Alert type="error" showIcon title={failureText(failure)} style={{ marginBottom: 16 }} data-testid="signin-error" />
      )}
      <Form.Item
        name="email"
        label={t('auth.email')}
        rules={[{ required: true, message: t('auth.emailRequired') }]}
      >
        <Input type="email" autoComplete="username" autoFocus data-testid="signin-email" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Password autoComplete="current-password" data-testid="signin-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={signingIn} data-testid="signin-submit">
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}
