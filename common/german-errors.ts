import { z } from 'zod';

// zod ships German messages; server and browser both call this once at start so that field errors read the same.
export function useGermanErrors(): void {
  z.config(z.locales.de());
}
