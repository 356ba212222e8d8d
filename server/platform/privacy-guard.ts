import { checkPrivacy, privacyKindLabels } from '../../common/privacy';
import type { FieldError } from '../../common/problem';
import { DomainError } from './http/errors';

/**
 * Refuses free text that looks like personal data of a family — in needs, notes of bookings, anywhere (common/privacy,
 * the same check the browser runs while typing). All fields are checked before anything is written, and every finding is named, so one answer lists all
 * that must go. The refused words are not logged and not audited: they are exactly what must not be kept.
 */
export function assertNoPersonalData(fields: Record<string, string | undefined>): void {
  const errors: FieldError[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const { ok, findings } = checkPrivacy(text);
    if (ok) continue;
    const named = findings.map((f) => `„${text.slice(f.start, f.end)}“ (${privacyKindLabels[f.kind]})`).join(', ');
    errors.push({ field, message: `Enthält vermutlich personenbezogene Daten: ${named}. Bitte ohne Namen, Kontaktdaten, Anschriften, Geburtsdaten und Aktenzeichen beschreiben.` });
  }
  if (errors.length) {
    throw new DomainError('PERSONAL_DATA_REJECTED', 'Der Text enthält vermutlich personenbezogene Daten und wurde nicht gespeichert.', errors);
  }
}
