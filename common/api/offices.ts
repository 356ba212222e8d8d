import { z } from 'zod';
import { bbox } from './social-spaces';

export const publicOffice = z.object({ code: z.string(), name: z.string(), region: bbox }).meta({ id: 'PublicOffice' });
export type PublicOffice = z.infer<typeof publicOffice>;

export const officeSettings = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), region: bbox, regionIsDefault: z.boolean() })
  .meta({ id: 'OfficeSettings' });
export type OfficeSettings = z.infer<typeof officeSettings>;

export const updateOfficeBody = z.strictObject({
  name: z.string().trim().min(1, { error: 'Bitte einen Namen angeben.' }).max(200).optional(),
  region: bbox
    .refine(([minLon, minLat, maxLon, maxLat]) => minLon < maxLon && minLat < maxLat, {
      error: 'Die Region braucht Westen < Osten und Süden < Norden: [minLänge, minBreite, maxLänge, maxBreite].',
    })
    .refine(([minLon, minLat, maxLon, maxLat]) => minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90, {
      error: 'Länge liegt zwischen −180 und 180, Breite zwischen −90 und 90.',
    })
    .nullable()
    .optional()
    .describe('null setzt die Region auf Deutschland zurück.'),
});
export type UpdateOfficeBody = z.infer<typeof updateOfficeBody>;
