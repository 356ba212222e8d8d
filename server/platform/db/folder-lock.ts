import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FolderLock = { path: string; release(): void };

export class FolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Der Datenordner ${dataDir} wird bereits von Prozess ${ownerPid} verwendet (läuft der Server?). ` +
        'Die eingebettete Datenbank erlaubt nur einen Prozess je Ordner: Server beenden oder die Funktion in der laufenden App nutzen.',
    );
    this.name = 'FolderInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An exclusive lock file holding the owner's pid; a lock whose owner is dead is stale and taken over. */
export function acquireFolderLock(dataDir: string): FolderLock {
  const file = path.join(dataDir, 'sozialraum.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const owner = readOwner(file);
          if (owner === process.pid) fs.rmSync(file, { force: true });
        } catch {
          // already gone
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path: file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== undefined && owner !== process.pid && isAlive(owner)) throw new FolderInUseError(dataDir, owner);
      if (owner === process.pid) throw new FolderInUseError(dataDir, owner);
      // Stale (owner dead, or a file left half-written by a kill): remove it and try again; only one process wins `wx`.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Die Sperrdatei ${file} konnte nicht angelegt werden.`);
}

function readOwner(file: string): number | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof parsed.pid === 'number' ? parsed.pid : undefined;
  } catch {
    return undefined;
  }
}
