import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './oparl';

// Schemas of the public OParl 1.1 routes, for validation of their parameters and for the OpenAPI document. The
// objects themselves are described by the standard (https://schema.oparl.org/1.1/); here they are open objects with
// their two fixed keys, and the test validates them against the official JSON schemas.

const changeTime = z.iso
  .datetime({ offset: true, error: 'Zeitpunkt mit Zeitzone angeben (RFC 3339, URL-kodiert), z. B. 2026-01-01T00:00:00%2B01:00.' })
  .optional();

const pageError = { error: 'Seite als ganze Zahl ab 1.' };
const sizeError = { error: `Einträge je Seite als ganze Zahl von 1 bis ${MAX_PAGE_SIZE}.` };

// No schema id here: query parameters are inlined into the OpenAPI operation, never a $ref.
export const oparlListQuery = z.object({
  page: z.coerce.number(pageError).int(pageError).min(1, pageError).max(1_000_000, pageError).default(1),
  elementsPerPage: z.coerce
    .number(sizeError)
    .int(sizeError)
    .min(1, sizeError)
    .optional()
    .meta({ description: `Wunsch des Clients; der Server gibt höchstens ${MAX_PAGE_SIZE} je Seite aus (ohne Angabe ${DEFAULT_PAGE_SIZE}).` }),
  created_since: changeTime,
  created_until: changeTime,
  modified_since: changeTime,
  modified_until: changeTime,
});

export const oparlObject = z
  .looseObject({
    id: z.string().meta({ description: 'Die absolute URL des Objekts (aus PUBLIC_URL).' }),
    type: z.string().meta({ description: 'Der Objekttyp, z. B. https://schema.oparl.org/1.1/Paper.' }),
  })
  .meta({ id: 'OparlObject', description: 'Ein OParl-1.1-Objekt; seine Felder beschreibt das Schema unter https://schema.oparl.org/1.1/.' });

export const oparlList = z
  .object({
    data: z.array(oparlObject),
    pagination: z.object({ totalElements: z.number().int(), elementsPerPage: z.number().int(), currentPage: z.number().int(), totalPages: z.number().int() }),
    links: z.object({ first: z.string(), prev: z.string().optional(), self: z.string(), next: z.string().optional(), last: z.string() }),
  })
  .meta({ id: 'OparlList', description: 'Eine Listenseite nach OParl 1.1 (data, pagination, links); next fehlt auf der letzten Seite.' });

const opaque = (what: string) => z.string().max(100).meta({ description: what });
export const oparlIdParam = z.strictObject({ id: opaque('Die Kennung aus der URL des Objekts.') });
export const oparlBodyParam = z.strictObject({ officeId: opaque('Die Kennung der Körperschaft (des Jugendamts).') });
export const oparlFileParam = z.strictObject({ fileId: opaque('main-<Vorlage> für die Vorlage selbst, attachment-<Vorlage> für die Anlage (den Bericht).') });
