/** A failed multipart upload; `serverMessage` is what the REST endpoint said, if anything. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | undefined,
  ) {
    super(serverMessage ?? `Upload failed with status ${status}`);
    this.name = 'UploadError';
  }
}

function readServerMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, error } = body as Record<string, unknown>;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.filter((part) => typeof part === 'string').join('; ');
  if (typeof error === 'object' && error !== null) return readServerMessage(error);
  return undefined;
}

/** POSTs one file as multipart "file" with the CSRF header the REST endpoints require. */
export async function postFile<T>(url: string, file: Blob): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetch(url, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'x-crm-csrf': '1' },
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new UploadError(response.status, readServerMessage(payload));
  return payload as T;
}
