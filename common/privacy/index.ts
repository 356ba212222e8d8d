/*
 * The privacy guard: finds personal data of families in free text, so that needs are stored without it. Pure and
 * shared by server and browser (no Node imports). What it cannot catch is written down in LIMITS.md.
 */
import { findNames, tokenize } from './names';
import { findAddresses, findCaseNumbers, findDatesOfBirth, findEmails, findPhones, type Span } from './patterns';

import type { PrivacyFinding, PrivacyFindingKind, PrivacyResult } from './kinds';

export { privacyFindingKinds, privacyKindLabels, type PrivacyFinding, type PrivacyFindingKind, type PrivacyResult } from './kinds';

// Where findings overlap, the more specific one wins: an e-mail address holds name-like words, a case number
// digits that look like a phone number, an address a house number that looks like a date.
const priority: PrivacyFindingKind[] = ['email', 'case_number', 'date_of_birth', 'phone', 'address', 'name'];

export function checkPrivacy(text: string): PrivacyResult {
  const candidates: PrivacyFinding[] = [];
  const add = (kind: PrivacyFindingKind, spans: Span[]) => {
    for (const s of spans) if (s.end > s.start) candidates.push({ kind, start: s.start, end: s.end });
  };
  add('email', findEmails(text));
  add('phone', findPhones(text));
  add('date_of_birth', findDatesOfBirth(text));
  add('address', findAddresses(text));
  add('case_number', findCaseNumbers(text));
  add('name', findNames(text, tokenize(text)));

  candidates.sort((a, b) => priority.indexOf(a.kind) - priority.indexOf(b.kind) || a.start - b.start || b.end - a.end);
  const kept: PrivacyFinding[] = [];
  for (const finding of candidates) {
    const overlapping = kept.filter((k) => k.start < finding.end && finding.start < k.end);
    if (overlapping.length === 0) {
      kept.push(finding);
      continue;
    }
    // The same kind found twice (two address patterns): widen to cover both.
    const same = overlapping.find((k) => k.kind === finding.kind);
    if (same && overlapping.length === 1) {
      same.start = Math.min(same.start, finding.start);
      same.end = Math.max(same.end, finding.end);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return { ok: kept.length === 0, findings: kept };
}
