export type Operation = { method: string; path: string; security?: unknown[] };

/** The operations of an OpenAPI document, as `METHOD /path` with their security requirements. */
export function operationsOf(document: { paths: Record<string, Record<string, { security?: unknown[] }>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, security: op.security })),
  );
}
