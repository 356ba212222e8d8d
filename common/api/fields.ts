import { z } from 'zod';

// Field schemas every part of the API uses alike, with their German messages.

export const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT angeben.' });
export const freeText = (max: number) => z.string().trim().max(max, { error: `Höchstens ${max} Zeichen.` });
export const yearParam = z.coerce.number().int().min(2000, { error: 'Jahr zwischen 2000 und 2100.' }).max(2100, { error: 'Jahr zwischen 2000 und 2100.' });

/** A query parameter that may be repeated or comma-separated: `?status=a&status=b` or `?status=a,b`. */
export const listParam = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional();
