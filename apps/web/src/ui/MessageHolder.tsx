import { message } from 'antd';
import { useEffect } from 'react';
import { provideMessageApi } from './toast';

// Default export: lazy-loaded by the app so that message code stays out of the first download.
export default function MessageHolder() {
  const [api, contextHolder] = message.useMessage();
  useEffect(() => provideMessageApi(api), [api]);
  return contextHolder;
}
