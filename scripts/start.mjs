// `npm start`: build the web app if needed, then run the server from its TypeScript sources (via tsx) in this
// same process, so that SIGTERM/SIGINT reach the server's own graceful shutdown.
import { register } from 'tsx/esm/api';
import { buildWebIfStale } from './web-build.mjs';

await buildWebIfStale();
register();
await import('../server/main.ts');

// `npm start` runs us under npm and a shell; `kill <npm pid>` ends npm without passing the signal on. Whoever
// started us is gone then: shut down the same graceful way as on SIGTERM, instead of holding the data folder.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
