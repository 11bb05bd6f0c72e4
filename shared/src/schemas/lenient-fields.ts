import { z } from 'zod/mini';

/** A field a live answer may leave out, send as null or malformed: read as null, never a failure. */
export function lenient<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.nullish(schema), null);
}

/** The same, a malformed value read as left out (undefined) rather than null. */
export function lenientOrAbsent<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.nullish(schema), undefined);
}

export const lenientText = lenient(z.string());

export const amountSchema = z.looseObject({ value: z.string(), currency: z.nullish(z.string()) });

export const lenientAmount = lenient(amountSchema);

/** A list a live answer may leave out, send as null (drafts' `items: null`) or malformed: read as empty. */
export function lenientList<T extends z.core.SomeType>(item: T) {
  return z.pipe(
    lenient(z.array(item)),
    z.transform((list: z.output<T>[] | null | undefined) => list ?? []),
  );
}
