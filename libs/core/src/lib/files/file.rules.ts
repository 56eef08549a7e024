/**
 * Which files may be stored (attachments, contract scans): office documents, PDFs, images, text
 * and mail. Scripts, HTML and SVG are refused (they can run in a browser); the content must match
 * the extension.
 */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  pdf: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-',
  png: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  gif: (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
  webp: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  zip: (h) => h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04,
  ole: (h) => h.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
  text: (h) => !h.includes(0),
};

const ALLOWED: Record<string, { mime: string; signature: keyof typeof SIGNATURES }> = {
  pdf: { mime: 'application/pdf', signature: 'pdf' },
  png: { mime: 'image/png', signature: 'png' },
  jpg: { mime: 'image/jpeg', signature: 'jpeg' },
  jpeg: { mime: 'image/jpeg', signature: 'jpeg' },
  gif: { mime: 'image/gif', signature: 'gif' },
  webp: { mime: 'image/webp', signature: 'webp' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: 'zip' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: 'zip' },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signature: 'zip' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', signature: 'zip' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', signature: 'zip' },
  doc: { mime: 'application/msword', signature: 'ole' },
  xls: { mime: 'application/vnd.ms-excel', signature: 'ole' },
  msg: { mime: 'application/vnd.ms-outlook', signature: 'ole' },
  txt: { mime: 'text/plain', signature: 'text' },
  csv: { mime: 'text/csv', signature: 'text' },
  eml: { mime: 'message/rfc822', signature: 'text' },
};

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);

export function tooLarge(maxBytes: number): string {
  return `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`;
}

/** The stored MIME type of an acceptable file, or the reason it is refused. */
export function checkFile(fileName: string, content: Buffer, maxBytes: number): { mimeType: string } | { problem: string } {
  if (content.length === 0) return { problem: 'the file is empty' };
  if (content.length > maxBytes) return { problem: tooLarge(maxBytes) };
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const allowed = ALLOWED[extension];
  if (!allowed) return { problem: `files of type "${extension || 'unknown'}" are not allowed; allowed: ${ALLOWED_EXTENSIONS.join(', ')}` };
  if (!SIGNATURES[allowed.signature](content.subarray(0, 4096))) return { problem: `the content is not a real .${extension} file` };
  return { mimeType: allowed.mime };
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return base.replace(/[\u0000-\u001f"<>|:*?]/g, '_').slice(0, 200) || 'file';
}
