import type { message } from 'antd';

type MessageApi = ReturnType<typeof message.useMessage>[0];

let registerApi: (api: MessageApi) => void = () => undefined;
const messageApi = new Promise<MessageApi>((resolve) => {
  registerApi = resolve;
});

/** Called once by MessageHolder, which renders antd's message container inside ConfigProvider. */
export function provideMessageApi(api: MessageApi): void {
  registerApi(api);
}

/**
 * Short confirmations and failures. antd's message code is loaded just after the first render
 * (see MessageHolder), so calls made before that are shown as soon as it is ready.
 */
export const toast = {
  success(content: string): void {
    void messageApi.then((api) => api.success(content));
  },
  error(content: string): void {
    void messageApi.then((api) => api.error(content));
  },
};
