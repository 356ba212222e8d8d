// The domain error codes every API error carries in its `code` member (RFC 9457 extension).
// The one table that maps them to HTTP status codes lives in server/platform/http/errors.ts.
export const errorCodes = [
  'INVALID_INPUT',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'CSRF_REJECTED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PERSONAL_DATA_REJECTED',
  'BUDGET_EXCEEDED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type FieldError = { field: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId?: string;
};
