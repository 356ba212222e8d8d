import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

// Every format sets its text in Noto Sans, the font of the KERN design system that the web app uses already. It
// comes with the dependency @kern-ux/native as WOFF only. Both consumers get it unpacked to TrueType, once per
// process: fontkit (inside pdfkit) reads WOFF too, but inflates its tables again on every access, which made a PDF
// take seconds instead of milliseconds; resvg, which draws the PNG fallback of a chart, reads no WOFF at all and
// only files from disk. So the PNG does not depend on the fonts a server happens to have installed either (a slim
// container has none, and the chart's labels would vanish).

export type FontStyle = 'regular' | 'bold';

const fontFileNames: Record<FontStyle, string> = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' };

const fontFolder = (): string => {
  const packageJson = createRequire(import.meta.url).resolve('@kern-ux/native/package.json');
  return join(dirname(packageJson), 'dist', 'fonts', 'noto-sans');
};

const ttfCache = new Map<FontStyle, Buffer>();

/** Noto Sans as TrueType bytes, unpacked from the WOFF once per process. */
export function notoSansTtf(style: FontStyle): Buffer {
  let bytes = ttfCache.get(style);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(join(fontFolder(), `${fontFileNames[style]}.woff`)));
    ttfCache.set(style, bytes);
  }
  return bytes;
}

/**
 * WOFF 1.0 → the TrueType/OpenType file it wraps (W3C WOFF File Format 1.0, section 4): each table is stored
 * zlib-compressed unless compressing did not make it smaller; the sfnt header and table directory are rebuilt.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Keine WOFF-Datei');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('WOFF-Tabelle hat die falsche Länge');
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const out = Buffer.alloc(headerLength + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    out.writeUInt32BE(table.tag, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}

let ttfPaths: string[] | undefined;

/** Paths of Noto Sans regular and bold as TrueType files, for resvg. Written at most once per process and content. */
export function notoSansTtfFiles(): string[] {
  if (!ttfPaths) {
    const folder = join(tmpdir(), 'sozialraum-fonts');
    mkdirSync(folder, { recursive: true });
    ttfPaths = (Object.keys(fontFileNames) as FontStyle[]).map((style) => {
      const ttf = notoSansTtf(style);
      const hash = createHash('sha256').update(ttf).digest('hex').slice(0, 12);
      const path = join(folder, `${fontFileNames[style]}-${hash}.ttf`);
      if (!existsSync(path)) {
        // Write beside and rename, so that a second process never reads a half-written file.
        const partial = `${path}.${process.pid}.part`;
        writeFileSync(partial, ttf);
        renameSync(partial, path);
      }
      return path;
    });
  }
  return ttfPaths;
}
