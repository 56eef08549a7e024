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

// antd's message code is fetched only when the first toast is wanted (it is not part of the first
// download); until then toasts wait for it.
let wanted = false;
const wantedListeners = new Set<() => void>();

function want(): void {
  if (wanted) return;
  wanted = true;
  wantedListeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: whether any toast was asked for yet (then MessageHolder is mounted). */
export const toastHost = {
  subscribe(listener: () => void): () => void {
    wantedListeners.add(listener);
    return () => wantedListeners.delete(listener);
  },
  isWanted: (): boolean => wanted,
};

/** Short confirmations and failures. */
export const toast = {
  success(content: string): void {
    want();
    void messageApi.then((api) => api.success(content));
  },
  error(content: string): void {
    want();
    void messageApi.then((api) => api.error(content));
  },
};
