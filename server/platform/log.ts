import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The request log keeps method, URL and host, never the client address: the public needs form promises that no IP
 * address is stored anywhere, and a log that operators keep is storage too.
 */
export const requestLogSerializers = {
  req: (request: { method?: string; url?: string; host?: string }) => ({ method: request.method, url: request.url, host: request.host }),
};

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, serializers: requestLogSerializers }, destination);
}
