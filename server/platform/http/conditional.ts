import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a JSON body that may be cached, with its validators: a weak ETag (a hash of the body, so it changes exactly
 * when the answer does) and Last-Modified (when its data last changed, to the second). A request whose
 * If-None-Match names the ETag, or — without If-None-Match, as RFC 9110 orders it — whose If-Modified-Since is not
 * older than Last-Modified, gets 304 without a body. The body is sent as serialised here, past the route's response
 * schema, which for such answers only documents the shape.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, body: unknown, lastModifiedMs: number): FastifyReply {
  const json = JSON.stringify(body);
  const etag = `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
  const lastModified = new Date(Math.floor(Math.min(lastModifiedMs, Date.now()) / 1000) * 1000);
  reply.header('etag', etag).header('last-modified', lastModified.toUTCString()).header('cache-control', 'public, no-cache');
  if (notModified(request, etag, lastModified)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(json);
}

const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, '');

function notModified(request: FastifyRequest, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // Weak comparison: W/"x" and "x" match.
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaqueTag(tag) === opaqueTag(etag));
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}
