import type { Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where stored files live: DATA_DIR/attachments/<storage key>. */
export function storedFilePath(dataDir: string, storageKey: string): string {
  return join(dataDir, 'attachments', storageKey);
}

/** Writes a new file under a fresh key; the caller records the key (and removes the file if its transaction fails). */
export async function storeFile(dataDir: string, content: Buffer): Promise<{ storageKey: string; sha256: string; path: string }> {
  const storageKey = randomUUID();
  const path = storedFilePath(dataDir, storageKey);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, { flag: 'wx' });
  return { storageKey, sha256: createHash('sha256').update(content).digest('hex'), path };
}

/** Removes stored files (after the rows that referenced them are gone); a missing file is fine. */
export async function removeStoredFiles(dataDir: string, storageKeys: string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => rm(storedFilePath(dataDir, key), { force: true })));
}

/** Sends a stored file as a download under its original name, never rendered by the browser. */
export function sendStoredFile(res: Response, file: { fileName: string; mimeType: string; path: string }): void {
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // RFC 5987 allows fewer characters than encodeURIComponent keeps; an apostrophe would end the name early.
  const encodedName = encodeURIComponent(file.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodedName}`);
  res.sendFile(file.path);
}

/** Browsers send multipart file names as latin1-decoded UTF-8 bytes. */
export function uploadedFileName(file: { originalname: string }): string {
  return Buffer.from(file.originalname, 'latin1').toString('utf8');
}
