import type { Gap, NeedRequirements } from '../../../../common/api/needs';
import type { Topic } from '../../../../common/api/services';
import { atmosphereLabels, publicFormLanguages, timeOfDayLabels, type NeedStatus, type PublicFormLanguage, type Voice } from '../../../../common/need-terms';
import { commonLanguages } from '../../../../common/service-terms';

// Words of the staff pages for needs that common/need-terms.ts does not have (short forms for tables and badges).

/** The short, visible name of a voice, for badges and the heat map's toggle. */
export const voiceShortLabels: Record<Voice, string> = { affected: 'Betroffene', professional: 'Fachkraft' };
export const voicePluralLabels: Record<Voice, string> = { affected: 'Betroffene', professional: 'Fachkräfte' };

export type GapEventName = Gap['history'][number]['event'];
export const gapEventLabels: Record<GapEventName, string> = {
  opened: 'eröffnet',
  reclassified: 'neu eingeordnet',
  confirmed: 'bestätigt',
  corrected: 'korrigiert',
  closed: 'geschlossen',
  reopened: 'wieder geöffnet',
};

/** The German name of a language code ("tr" → "Türkisch"). */
export const languageName = (code: string) => commonLanguages[code]?.de ?? code;

export const isPublicFormLanguage = (code: string | null): code is PublicFormLanguage =>
  code !== null && (publicFormLanguages as readonly string[]).includes(code);

/** Arabic is written from right to left; every other form language from left to right. */
export const textDirection = (code: string | null): 'rtl' | 'ltr' => (code === 'ar' ? 'rtl' : 'ltr');

/** Question 3 as a list of short German phrases ("nachmittags", "kostenlos", …); the free text is not included. */
export function requirementPhrases(r: NeedRequirements): string[] {
  return [
    ...r.times.map((t) => timeOfDayLabels[t]),
    ...(r.freeOfCharge ? ['kostenlos'] : []),
    ...(r.languages.length ? [`Sprache: ${r.languages.map(languageName).join(', ')}`] : []),
    ...(r.nearby ? ['zu Fuß erreichbar (im eigenen Sozialraum)'] : []),
    ...(r.childcare ? ['mit Kinderbetreuung'] : []),
    ...(r.accessible ? ['barrierefrei'] : []),
    ...(r.inclusive ? ['inklusiv'] : []),
    ...r.atmosphere.map((a) => atmosphereLabels[a]),
  ];
}

/** "Ein Bedarf" / "12 Bedarfe" */
export const needsCount = (n: number) => (n === 1 ? '1 Bedarf' : `${new Intl.NumberFormat('de-DE').format(n)} Bedarfe`);

/** A text cut at a word boundary for a table cell. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}

/** Short status words for tables and badges; the long ones are in needStatusLabels. */
export const needStatusShortLabels: Record<NeedStatus, string> = {
  open: 'offen',
  referred: 'vermittelt',
  project: 'Projekt',
  closed: 'abgeschlossen',
};
export const needStatusTone: Record<NeedStatus, 'info' | 'success' | 'warning'> = {
  open: 'warning',
  referred: 'success',
  project: 'success',
  closed: 'info',
};

export type TopicOption = { value: string; label: string };

/** Topics as select options, each broader topic followed by its narrower ones (indented). */
export function topicOptions(topics: readonly Topic[]): TopicOption[] {
  const bySort = [...topics].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de'));
  const options: TopicOption[] = [];
  const add = (parentId: string | null, depth: number) => {
    for (const t of bySort.filter((x) => x.parentId === parentId)) {
      options.push({ value: t.id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${depth ? '– ' : ''}${t.name}` });
      if (depth < 4) add(t.id, depth + 1);
    }
  };
  add(null, 0);
  // Topics whose parent is missing (should not happen) still appear.
  for (const t of bySort) if (!options.some((o) => o.value === t.id)) options.push({ value: t.id, label: t.name });
  return options;
}
