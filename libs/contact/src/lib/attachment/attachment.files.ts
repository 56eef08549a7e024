import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Where attachment files live: DATA_DIR/attachments/<storage key>. */
export function attachmentPath(dataDir: string, storageKey: string): string {
  return join(dataDir, 'attachments', storageKey);
}

/** Removes stored files (after the rows that referenced them are gone); a missing file is fine. */
export async function removeAttachmentFiles(dataDir: string, storageKeys: string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => rm(attachmentPath(dataDir, key), { force: true })));
}
