import { Caller, createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { makeContact } from '../../testing/index';
import { Contact } from '../contact/contact.entity';
import { ContactModule } from '../contact.module';

/** A one-page PDF with a correct cross-reference table. */
function minimalPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>'];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** A 1×1 red PNG: signature, IHDR, IDAT and IEND chunks with their CRCs. */
function minimalPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CONTACT_ATTACHMENTS = 'query($id: String!) { contact(id: $id) { attachments { id fileName size mimeType downloadUrl uploadedBy { id } } } }';
const DELETE = 'mutation($i: DeleteContactAttachmentInput!) { deleteContactAttachment(input: $i) { id } }';

interface AttachmentData {
  id: string;
  fileName: string;
  size: number;
  mimeType: string;
  downloadUrl: string;
}

describe('contact attachments (CON-5)', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let owner: TestUser;
  let contact: Contact;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule]);
    admin = await ctx.makeUser('admin');
    owner = await ctx.makeUser('sales_rep', { team: await ctx.team() });
    contact = await makeContact(ctx, owner.actor);
  });
  afterAll(() => ctx.close());

  const upload = async (who: Caller, contactId: string, content: Buffer, fileName: string) =>
    ctx.http().post(`/api/contacts/${contactId}/attachments`).set(await ctx.authHeaders(who)).attach('file', content, fileName);

  /** The response body as raw bytes, whatever its type. */
  const download = async (who: Caller, url: string) =>
    ctx
      .http()
      .get(url)
      .set(await ctx.authHeaders(who))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  const attachmentsOf = async (who: TestUser, contactId: string) =>
    (await ctx.gql<{ contact: { attachments: AttachmentData[] } }>(who, CONTACT_ATTACHMENTS, { id: contactId })).data.contact.attachments;

  const storedFiles = () => {
    const dir = join(ctx.config.files.dataDir, 'attachments');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  };
  const storedKeys = async (contactId: string) =>
    (await ctx.db.query('SELECT storage_key FROM contact.attachment WHERE contact_id = $1', [contactId])).map((r: { storage_key: string }) => r.storage_key);
  const rowCount = async () => Number((await ctx.db.query('SELECT count(*) FROM contact.attachment'))[0].count);

  it('stores a PDF and a PNG, lists them on the contact and serves them back as downloads that cannot be sniffed', async () => {
    const pdf = minimalPdf();
    const png = minimalPng();
    const uploaded = await upload(owner, contact.id, pdf, 'Договор №5.pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.attachment).toEqual({
      id: expect.any(String), contactId: contact.id, fileName: 'Договор №5.pdf', mimeType: 'application/pdf', size: pdf.length,
      createdAt: expect.any(String), downloadUrl: `/api/attachments/${uploaded.body.attachment.id}`,
    });
    expect((await upload(owner, contact.id, png, 'photo.PNG')).status).toBe(201);

    const listed = await attachmentsOf(owner, contact.id);
    expect(listed.map(({ fileName, size, mimeType }) => ({ fileName, size, mimeType }))).toEqual([
      { fileName: 'photo.PNG', size: png.length, mimeType: 'image/png' },
      { fileName: 'Договор №5.pdf', size: pdf.length, mimeType: 'application/pdf' },
    ]);
    expect(listed.every((a) => a.downloadUrl === `/api/attachments/${a.id}`)).toBe(true);

    for (const [attachment, bytes] of [[listed[1], pdf], [listed[0], png]] as const) {
      const res = await download(owner, attachment.downloadUrl);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(bytes);
      expect(res.headers['content-type']).toBe(attachment.mimeType);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
    }
    expect(await storedKeys(contact.id)).toHaveLength(2);
    for (const key of await storedKeys(contact.id)) expect(storedFiles()).toContain(key);

    const timeline = await ctx.gql<{ contact: { timeline: { edges: { node: { type: string; summary: string; actorName: string } }[] } } }>(
      owner, 'query($id: String!) { contact(id: $id) { timeline { edges { node { type summary actorName } } } } }', { id: contact.id },
    );
    expect(timeline.data.contact.timeline.edges.map((e) => e.node).slice(0, 2)).toEqual([
      { type: 'contact.attachment.added', summary: 'photo.PNG', actorName: owner.user.name },
      { type: 'contact.attachment.added', summary: 'Договор №5.pdf', actorName: owner.user.name },
    ]);
  });

  it('keeps only the last part of a file name sent with a path, and sends the name back whole', async () => {
    const res = await upload(owner, contact.id, minimalPdf(), "../../etc\\O'Brien (copy).pdf");
    expect(res.status).toBe(201);
    expect(res.body.attachment.fileName).toBe("O'Brien (copy).pdf");
    expect(storedFiles()).not.toContain("O'Brien (copy).pdf");
    // An apostrophe would end the RFC 5987 value early, so it is percent-encoded like the rest.
    expect((await download(owner, res.body.attachment.downloadUrl)).headers['content-disposition']).toBe("attachment; filename*=UTF-8''O%27Brien%20%28copy%29.pdf");
  });

  describe('refusals store nothing', () => {
    it.each<[string, () => Buffer, string, string]>([
      ['a file over ATTACHMENT_MAX_BYTES', () => Buffer.alloc(ctx.config.files.attachmentMaxBytes + 1, 'a'), 'big.txt', 'the file is larger than 10 MB'],
      ['a file far over ATTACHMENT_MAX_BYTES', () => Buffer.concat([minimalPdf(), Buffer.alloc(70 * 1024 * 1024)]), 'huge.pdf', 'the file is larger than 10 MB'],
      ['an .exe', () => Buffer.from('MZ\x90\x00\x03', 'latin1'), 'setup.exe', 'files of type "exe" are not allowed'],
      ['an .html page', () => Buffer.from('<html><script>alert(1)</script></html>'), 'page.html', 'files of type "html" are not allowed'],
      ['an .svg image', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'files of type "svg" are not allowed'],
      ['a .pdf that is not a PDF', () => Buffer.from('<html><script>alert(1)</script></html>'), 'invoice.pdf', 'the content is not a real .pdf file'],
      ['a .png that is a PDF', minimalPdf, 'photo.png', 'the content is not a real .png file'],
      ['an empty file', () => Buffer.alloc(0), 'empty.txt', 'the file is empty'],
    ])('refuses %s with BAD_USER_INPUT on file', async (_, content, fileName, message) => {
      const before = [await rowCount(), storedFiles()];
      const res = await upload(owner, contact.id, content(), fileName);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: expect.stringContaining(message) }] });
      expect([await rowCount(), storedFiles()]).toEqual(before);
    });

    it('refuses a request without a file', async () => {
      const res = await ctx.http().post(`/api/contacts/${contact.id}/attachments`).set(await ctx.authHeaders(owner)).field('note', 'no file');
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'attach a file in the multipart field "file"' }] });
    });

    it('refuses two files, or a file in another field', async () => {
      const before = [await rowCount(), storedFiles()];
      const url = `/api/contacts/${contact.id}/attachments`;
      const two = await ctx.http().post(url).set(await ctx.authHeaders(owner)).attach('file', minimalPdf(), 'a.pdf').attach('file', minimalPdf(), 'b.pdf');
      const elsewhere = await ctx.http().post(url).set(await ctx.authHeaders(owner)).attach('document', minimalPdf(), 'a.pdf');
      for (const res of [two, elsewhere]) {
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'send one file in the multipart field "file"' }] });
      }
      expect([await rowCount(), storedFiles()]).toEqual(before);
    });

    it('refuses a cookie-authenticated upload without the x-crm-csrf header', async () => {
      const before = [await rowCount(), storedFiles()];
      const res = await ctx.http().post(`/api/contacts/${contact.id}/attachments`).set('cookie', await ctx.sessionCookie(owner)).attach('file', minimalPdf(), 'a.pdf');
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF' });
      expect([await rowCount(), storedFiles()]).toEqual(before);
    });

    it('answers 404 to a user who may not see the contact, for upload, download and delete', async () => {
      const stranger = await ctx.makeUser('sales_rep', { team: await ctx.team() });
      const [mine] = await attachmentsOf(owner, contact.id);
      const before = [await rowCount(), storedFiles()];
      const res = await upload(stranger, contact.id, minimalPdf(), 'sneaky.pdf');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect([await rowCount(), storedFiles()]).toEqual(before);
      expect((await download(stranger, mine.downloadUrl)).status).toBe(404);
      expect((await ctx.gql(stranger, DELETE, { i: { id: mine.id } })).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect([await rowCount(), storedFiles()]).toEqual(before);
      expect((await upload(owner, '00000000-0000-4000-8000-000000000000', minimalPdf(), 'nobody.pdf')).status).toBe(404);
      expect([await rowCount(), storedFiles()]).toEqual(before);
      expect((await download(null, mine.downloadUrl)).status).toBe(401);
    });
  });

  it('deleteContactAttachment removes the row and the file and records it on the timeline', async () => {
    const c = await makeContact(ctx, owner.actor);
    const { id } = (await upload(owner, c.id, minimalPdf(), 'old.pdf')).body.attachment;
    const [key] = await storedKeys(c.id);
    expect(storedFiles()).toContain(key);
    const res = await ctx.gql<{ deleteContactAttachment: { id: string } }>(owner, DELETE, { i: { id } });
    expect(res.data.deleteContactAttachment.id).toBe(id);
    expect(await storedKeys(c.id)).toEqual([]);
    expect(storedFiles()).not.toContain(key);
    expect(await attachmentsOf(owner, c.id)).toEqual([]);
    expect((await download(owner, `/api/attachments/${id}`)).status).toBe(404);
    const types = (await ctx.db.query('SELECT type FROM core.event WHERE subject_id = $1 ORDER BY id', [c.id])).map((e: { type: string }) => e.type);
    expect(types).toEqual(['contact.contact.created', 'contact.attachment.added', 'contact.attachment.deleted']);
  });

  it('deleting the contact removes its attachments and their files', async () => {
    const c = await makeContact(ctx, owner.actor);
    await upload(owner, c.id, minimalPdf(), 'one.pdf');
    await upload(owner, c.id, minimalPng(), 'two.png');
    const keys = await storedKeys(c.id);
    expect(keys).toHaveLength(2);
    const res = await ctx.gql(admin, 'mutation($i: DeleteContactInput!) { deleteContact(input: $i) { id } }', { i: { id: c.id, expectedVersion: c.version } });
    expect(res.errors).toBeUndefined();
    expect(await storedKeys(c.id)).toEqual([]);
    for (const key of keys) expect(storedFiles()).not.toContain(key);
    expect(existsSync(join(ctx.config.files.dataDir, 'attachments', keys[0]))).toBe(false);
    // The other contact's files are untouched.
    for (const key of await storedKeys(contact.id)) expect(readFileSync(join(ctx.config.files.dataDir, 'attachments', key)).length).toBeGreaterThan(0);
  });
});
