import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, ProjectDetail } from '../../../common/api/projects';
import { attachmentMaxBytes } from '../../../common/project-terms';
import { buildApp } from '../../app';
import { SESSION_COOKIE } from '../../platform/auth/session';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, TEST_ORIGIN, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

type As = Parameters<TestWorld['request']>[0]['as'];

/** A ZIP with stored (uncompressed) entries: enough for the smallest Office file. */
function zipStored(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data, 'utf8');
    const crc = zlib.crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(33, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(33, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
// The 8-byte signature, an IHDR chunk and IEND: a 1×1 PNG as far as any type check goes.
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082', 'hex'),
]);
const DOCX = zipStored([
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: 'word/document.xml',
    data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Konzept Kochgruppe</w:t></w:r></w:p></w:body></w:document>',
  },
]);
// A Windows program: "MZ" and the DOS stub.
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'), Buffer.from('This program cannot be run in DOS mode.\r\n', 'latin1'), randomBytes(256)]);

describe('project attachments: type and size checked, stored in the database, served as a download', () => {
  let world: TestWorld;
  const space = { a: '', b: '' };
  let project: ProjectDetail;
  let otherProject: ProjectDetail;

  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json();
  };
  const upload = (projectId: string, name: string, bytes: Buffer, as: As = 'admin', contentType = 'application/octet-stream') =>
    world.request({ method: 'POST', url: `/api/projects/${projectId}/attachments?name=${encodeURIComponent(name)}`, as, payload: bytes, headers: { 'content-type': contentType } });
  const download = (projectId: string, attachmentId: string, as: As = 'admin') => world.request({ method: 'GET', url: `/api/projects/${projectId}/attachments/${attachmentId}`, as });
  const stored = async () => ({ attachments: await countRows(world.database, 'project_attachments'), audit: await auditCount(world.database) });
  const detail = async (id: string, as: As = 'admin') => (await world.request({ method: 'GET', url: `/api/projects/${id}`, as })).json() as ProjectDetail;

  beforeAll(async () => {
    world = await createTestWorld();
    space.a = (await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) })).id;
    space.b = (await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) })).id;
    await post('/api/team-memberships', { spaceId: space.a, userId: world.users.own.team_member.id, personName: 'Teamkraft Nord', teamRole: 'asd', validFrom: '2020-01-01' });
    await post('/api/team-memberships', { spaceId: space.b, userId: world.users.own.provider_editor.id, personName: 'Trägerkraft Süd', teamRole: 'asd', validFrom: '2020-01-01' });
    project = await post('/api/projects', { title: 'Kochgruppe für Eltern', spaceIds: [space.a], initiatedBy: 'affected' });
    otherProject = await post('/api/projects', { title: 'Trauergruppe', spaceIds: [space.a], initiatedBy: 'professionals' });
  });
  afterAll(() => world.close());

  const accepted: [string, string, Buffer, string, string][] = [
    ['PDF', 'Konzept Kochgruppe.pdf', PDF, 'application/pdf', 'application/pdf'],
    ['PNG', 'Foto Osterfrühstück.png', PNG, 'image/png', 'image/png'],
    ['DOCX', 'Einladung.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream'],
    ['text', 'Protokoll.txt', Buffer.from('Protokoll des Treffens: sieben Eltern, zwei Fachkräfte.\n', 'utf8'), 'text/plain', 'text/plain'],
  ];
  for (const [label, name, bytes, mediaType, sentAs] of accepted) {
    it(`accepts a ${label} (by its bytes), stores it in the database and serves the same bytes back as a download`, async () => {
      const before = await stored();
      const response = await upload(project.id, name, bytes, 'team_member', sentAs);
      expect(response.statusCode, response.body).toBe(201);
      const attachment = response.json() as Attachment;
      expect(attachment).toMatchObject({ fileName: name, mediaType, sizeBytes: bytes.length });
      expect(await stored()).toEqual({ attachments: before.attachments + 1, audit: before.audit + 1 });
      expect((await detail(project.id)).attachments).toContainEqual(attachment);

      // The bytes are in the database row itself.
      const [row] = await queryRows<{ content: Buffer | Uint8Array; media_type: string }>(
        world.database.db,
        sql`select content, media_type from project_attachments where id = ${attachment.id}`,
      );
      expect(Buffer.from(row?.content ?? []).equals(bytes)).toBe(true);
      expect(row?.media_type).toBe(mediaType);

      const file = await download(project.id, attachment.id, 'provider_editor');
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(bytes)).toBe(true);
      expect(file.headers['content-type']).toContain(mediaType);
      expect(file.headers['content-disposition']).toMatch(/^attachment; /);
      expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['cache-control']).toContain('no-store');
    });
  }

  it('takes the type from the bytes, not from the name: a PDF named .html is a PDF', async () => {
    const response = await upload(project.id, 'seite.html', PDF, 'admin', 'text/html');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().mediaType).toBe('application/pdf');
    const file = await download(project.id, response.json().id);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="seite\.html"/);
  });

  const refused: [string, string, Buffer][] = [
    ['a program named x.pdf', 'x.pdf', EXE],
    ['random bytes named x.pdf', 'x.pdf', Buffer.concat([Buffer.from([0]), randomBytes(2048)])],
    ['plain text named x.pdf', 'x.pdf', Buffer.from('Kein PDF, nur Text.')],
    ['a ZIP named .docx that is no Word file', 'x.docx', zipStored([{ name: 'payload.js', data: 'alert(1)' }])],
    ['a Word file named .exe', 'x.exe', DOCX],
    ['binary bytes named .txt', 'x.txt', Buffer.from([0x41, 0x00, 0x42, 0xff, 0xfe])],
  ];
  for (const [label, name, bytes] of refused) {
    it(`refuses ${label}: 400 naming file, in German, nothing stored`, async () => {
      const before = await stored();
      const response = await upload(project.id, name, bytes, 'admin', 'application/pdf');
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('INVALID_INPUT');
      expect(response.json().errors).toEqual([{ field: 'file', message: expect.stringContaining('Dieser Dateityp ist nicht erlaubt. Erlaubt sind: PDF, PNG, JPEG') }]);
      expect(await stored()).toEqual(before);
    });
  }

  it('refuses an empty file: 400 naming file', async () => {
    const before = await stored();
    const response = await upload(project.id, 'leer.pdf', Buffer.alloc(0), 'admin', 'application/pdf');
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'file', message: 'Die Datei ist leer.' }]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a missing name: 400 naming name', async () => {
    const response = await world.request({ method: 'POST', url: `/api/projects/${project.id}/attachments`, as: 'admin', payload: PDF, headers: { 'content-type': 'application/pdf' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('name');
  });

  it('accepts exactly 10 MB, refuses one byte more (400 naming file, "10 MB") and far more (413, German), storing nothing', async () => {
    const exactly = Buffer.concat([PDF, Buffer.alloc(attachmentMaxBytes - PDF.length, 0x20)]);
    const ok = await upload(otherProject.id, 'gross.pdf', exactly, 'admin', 'application/pdf');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().sizeBytes).toBe(attachmentMaxBytes);

    const before = await stored();
    const oneMore = await upload(otherProject.id, 'zu-gross.pdf', Buffer.concat([exactly, Buffer.from(' ')]), 'admin', 'application/pdf');
    expect(oneMore.statusCode, oneMore.body).toBe(400);
    expect(oneMore.json().errors).toEqual([{ field: 'file', message: 'Die Datei ist größer als 10 MB.' }]);

    const farMore = await upload(otherProject.id, 'viel-zu-gross.pdf', Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024, 0x20)]), 'admin', 'application/pdf');
    expect(farMore.statusCode).toBe(413);
    expect(farMore.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', title: 'Anfrage zu groß', detail: 'Die Anfrage überschreitet die erlaubte Größe.' });
    expect(await stored()).toEqual(before);

    // Deleting the 10 MB file again.
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${otherProject.id}/attachments/${ok.json().id}`, as: 'admin' })).statusCode).toBe(204);
  });

  it('a second app on the same database serves the same bytes (nothing is kept on the app server)', async () => {
    const response = await upload(project.id, 'Plan.pdf', PDF, 'admin', 'application/pdf');
    expect(response.statusCode).toBe(201);
    const second = await buildApp({ settings: world.settings, database: world.database, logger: false, serveWeb: false });
    try {
      await second.ready();
      const file = await second.inject({
        method: 'GET',
        url: `/api/projects/${project.id}/attachments/${response.json().id}`,
        headers: { origin: TEST_ORIGIN, cookie: `${SESSION_COOKIE}=${world.users.own.head_of_department.cookie}` },
      });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(PDF)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('deletes an attachment: 204, gone from the detail and the database, download 404, an audit entry', async () => {
    const attachment = (await upload(project.id, 'Alt.pdf', PDF, 'admin', 'application/pdf')).json() as Attachment;
    const before = await stored();
    const response = await world.request({ method: 'DELETE', url: `/api/projects/${project.id}/attachments/${attachment.id}`, as: 'team_member' });
    expect(response.statusCode, response.body).toBe(204);
    expect(await stored()).toEqual({ attachments: before.attachments - 1, audit: before.audit + 1 });
    expect((await detail(project.id)).attachments.map((a) => a.id)).not.toContain(attachment.id);
    expect((await download(project.id, attachment.id)).statusCode).toBe(404);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}/attachments/${attachment.id}`, as: 'admin' })).statusCode).toBe(404);
  });

  it('an attachment is reached only through its own project (404 through another)', async () => {
    const attachment = (await upload(project.id, 'Eigen.pdf', PDF)).json() as Attachment;
    expect((await download(otherProject.id, attachment.id)).statusCode).toBe(404);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${otherProject.id}/attachments/${attachment.id}`, as: 'admin' })).statusCode).toBe(404);
    expect((await download(project.id, attachment.id)).statusCode).toBe(200);
  });

  it('permissions: the committee neither sees, downloads, adds nor deletes (403); staff outside the team may not add or delete (403); the public 401; another office 404', async () => {
    const attachment = (await upload(project.id, 'Intern.pdf', PDF)).json() as Attachment;
    const before = await stored();
    expect((await detail(project.id, 'committee')).attachments).toEqual([]);
    expect((await download(project.id, attachment.id, 'committee')).statusCode).toBe(403);
    expect((await upload(project.id, 'Ausschuss.pdf', PDF, 'committee', 'application/pdf')).statusCode).toBe(403);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}/attachments/${attachment.id}`, as: 'committee' })).statusCode).toBe(403);

    // The provider editor is on the team of space B only: may read (like the project), not change.
    expect((await download(project.id, attachment.id, 'provider_editor')).statusCode).toBe(200);
    expect((await upload(project.id, 'Fremdteam.pdf', PDF, 'provider_editor', 'application/pdf')).statusCode).toBe(403);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}/attachments/${attachment.id}`, as: 'provider_editor' })).statusCode).toBe(403);

    // No session at all (the helpers above would default to the admin).
    expect((await world.request({ method: 'GET', url: `/api/projects/${project.id}/attachments/${attachment.id}` })).statusCode).toBe(401);
    const anonymous = await world.request({ method: 'POST', url: `/api/projects/${project.id}/attachments?name=a.pdf`, payload: PDF, headers: { 'content-type': 'application/pdf' } });
    expect(anonymous.statusCode).toBe(401);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}/attachments/${attachment.id}` })).statusCode).toBe(401);

    const foreign = world.users.foreign.admin;
    expect((await download(project.id, attachment.id, foreign)).statusCode).toBe(404);
    expect((await upload(project.id, 'Fremd.pdf', PDF, foreign, 'application/pdf')).statusCode).toBe(404);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}/attachments/${attachment.id}`, as: foreign })).statusCode).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('deleting the project deletes its files', async () => {
    const doomed = (await post('/api/projects', { title: 'Kurzes Projekt', spaceIds: [space.a], initiatedBy: 'joint' })) as ProjectDetail;
    await upload(doomed.id, 'a.pdf', PDF);
    await upload(doomed.id, 'b.png', PNG);
    expect((await world.request({ method: 'DELETE', url: `/api/projects/${doomed.id}`, as: 'admin' })).statusCode).toBe(204);
    const [left] = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from project_attachments where project_id = ${doomed.id}`);
    expect(left?.n).toBe(0);
  });
});
