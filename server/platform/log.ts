import pino, { type DestinationStream, type Logger } from 'pino';

/** Secrets that travel in an address (the token of a calendar feed) are cut out before the URL is logged. */
export const redactUrl = (url: string | undefined) => url?.replace(/([?&]token=)[^&#]*/gi, '$1[entfernt]');

/**
 * The request log keeps method, URL and host, never the client address: the public needs form promises that no IP
 * address is stored anywhere, and a log that operators keep is storage too. Tokens in the URL are removed.
 */
export const requestLogSerializers = {
  req: (request: { method?: string; url?: string; host?: string }) => ({ method: request.method, url: redactUrl(request.url), host: request.host }),
};

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, serializers: requestLogSerializers }, destination);
}
