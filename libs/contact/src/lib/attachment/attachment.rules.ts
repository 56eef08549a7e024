/** Same-origin download link of an attachment (session cookie or API key). */
export function downloadUrlOf(attachmentId: string): string {
  return `/api/attachments/${attachmentId}`;
}
