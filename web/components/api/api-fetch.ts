import type { z } from 'zod';
import { problemSchema } from '../../../common/api/common';
import { ApiError, isErrorCode } from './api-error';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export type ApiRequest = {
  method?: Method;
  /** Sent as JSON; leave out for requests without a body. */
  body?: unknown;
  /** A file sent as the raw body with its own content type, instead of JSON (uploads). */
  file?: File;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

/** Appends the query values that are set; empty strings, null and undefined are left out. */
export function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function problemFrom(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const parsed = problemSchema.safeParse(json);
  const code = parsed.success ? parsed.data.code : '';
  if (parsed.success && isErrorCode(code)) {
    const p = parsed.data;
    return new ApiError({
      status: response.status,
      code,
      title: p.title,
      detail: p.detail,
      fieldErrors: p.errors,
      requestId: p.requestId,
    });
  }
  if (response.status === 413) {
    // Over the body limit: refused before any route, without a problem document.
    const message = 'Die Datei ist zu groß: höchstens 10 MB.';
    return new ApiError({ status: 413, code: 'INVALID_INPUT', title: 'Datei zu groß', detail: message, fieldErrors: [{ field: 'file', message }] });
  }
  return new ApiError({
    status: response.status,
    code: 'UNEXPECTED_RESPONSE',
    title: 'Unerwartete Antwort',
    detail: `Der Server hat unerwartet geantwortet (Status ${response.status}). Bitte versuchen Sie es später erneut.`,
  });
}

async function send(path: string, request: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const init: RequestInit = {
    method: request.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    signal: request.signal ?? null,
  };
  if (request.file) {
    headers['content-type'] = request.file.type || 'application/octet-stream';
    init.body = request.file;
  } else if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(request.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, request.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      title: 'Keine Verbindung',
      detail: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
    });
  }
  if (!response.ok) throw await problemFrom(response);
  return response;
}

/** Calls the API and checks the JSON answer against the shared schema from common/api. */
export async function apiFetch<S extends z.ZodType>(path: string, schema: S, request: ApiRequest = {}): Promise<z.output<S>> {
  const response = await send(path, request);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      title: 'Unerwartete Antwort',
      detail: 'Die Antwort des Servers hat nicht das erwartete Format. Bitte laden Sie die Seite neu.',
    });
  }
  return parsed.data;
}

/** Calls the API for an answer without content (204). */
export async function apiFetchNoContent(path: string, request: ApiRequest = {}): Promise<void> {
  await send(path, request);
}
