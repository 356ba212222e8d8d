import { z } from 'zod';

export const uuidParam = z.strictObject({ id: z.uuid() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem' });

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The fields of a create body as an update body: every field optional and WITHOUT its default. Zod 4 applies a
 * default even inside `.optional()`, so `{ spaceIds: z.array(…).default([]) }.optional()` would turn a PATCH that
 * leaves a field out into one that empties it.
 */
export function updateFields<S extends Record<string, z.ZodType>>(fields: S): { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> } {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional()]),
  ) as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };
}
