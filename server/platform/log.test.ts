import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger } from './log';

describe('request log', () => {
  it('keeps method and URL but not the client address', async () => {
    const lines: string[] = [];
    const app = Fastify({ loggerInstance: createLogger('info', { write: (line: string) => lines.push(line) }) });
    app.get('/api/privacy/check', async () => ({ ok: true }));
    await app.inject({ url: '/api/privacy/check', remoteAddress: '203.0.113.77' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"url":"/api/privacy/check"');
    expect(log).toContain('incoming request');
    expect(log).not.toContain('203.0.113.77');
    expect(log).not.toContain('remoteAddress');
  });

  it('cuts the secret token of a calendar feed out of the logged URL', async () => {
    const lines: string[] = [];
    const app = Fastify({ loggerInstance: createLogger('info', { write: (line: string) => lines.push(line) }) });
    app.get('/api/calendar.ics', async () => 'BEGIN:VCALENDAR');
    await app.inject({ url: '/api/calendar.ics?token=geheim-abc-123&x=1' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/api/calendar.ics?token=[entfernt]&x=1');
    expect(log).not.toContain('geheim-abc-123');
  });
});
