import { errorCodes, type ErrorCode, type FieldError } from '../../../common/problem';

/** The server's domain codes, plus two the browser adds when no problem document arrives. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

type ApiErrorInit = {
  status: number;
  code: ApiErrorCode;
  title: string;
  detail?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  requestId?: string | undefined;
};

/** A failed API call, carrying the RFC 9457 problem the server sent (German title and detail). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
  }

  /** The first message the server gave for one body field, e.g. `email`. */
  messageFor(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const isErrorCode = (code: string): code is ErrorCode => (errorCodes as readonly string[]).includes(code);

/** Field errors of an unknown error as a field → message map (empty for anything but an ApiError). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const map: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) map[field] ??= message;
  return map;
}

/** The German sentence to show for any error, without internals. */
export function messageOf(error: unknown): string {
  if (isApiError(error)) return error.detail ?? error.title;
  return 'Ein unerwarteter Fehler ist aufgetreten. Bitte laden Sie die Seite neu.';
}

/** The same error with every field error's path mapped to the form field that shows it (e.g. a row's select). */
export function withFormFields(error: unknown, fieldOf: (field: string) => string): unknown {
  if (!isApiError(error) || error.fieldErrors.length === 0) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    title: error.title,
    detail: error.detail,
    requestId: error.requestId,
    fieldErrors: error.fieldErrors.map((e) => ({ field: fieldOf(e.field), message: e.message })),
  });
}

/**
 * The same error with every field error moved to its top-level body field ("boundary.coordinates.0.3" → "boundary"),
 * for forms whose field holds a whole structure (a GeoJSON boundary, a region of four numbers).
 */
export const withTopLevelFields = (error: unknown): unknown => withFormFields(error, (field) => field.split('.')[0] ?? field);
