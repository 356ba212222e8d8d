// `npm start`: build the web app if needed, then run the server from its TypeScript sources (via tsx) in this
// same process, so that SIGTERM/SIGINT reach the server's own graceful shutdown.
import { register } from 'tsx/esm/api';
import { buildWebIfStale } from './web-build.mjs';

await buildWebIfStale();
register();
await import('../server/main.ts');
