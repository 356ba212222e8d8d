import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Topic } from '../../../../common/api/services';
import { commonLanguages, lowThresholdTraits, serviceStatuses, targetGroups, weekdays } from '../../../../common/service-terms';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import {
  activeFilterCount,
  DEFAULT_RADIUS,
  radiusChoices,
  type ServiceFilters,
  type ServiceStatusFilter,
} from '../hooks/service-query-string';
import {
  formatDistance,
  languageLabel,
  statusLabel,
  targetGroupLabel,
  traitLabel,
  weekdayLabel,
  type Lang,
  type Texts,
} from './texts';

export type NearControls = {
  /** The browser can tell where it is (navigator.geolocation exists). */
  canLocate: boolean;
  locating: boolean;
  locationFailed: boolean;
  onUseLocation: () => void;
  picking: boolean;
  onTogglePicking: () => void;
};

type ServiceSearchFormProps = {
  lang: Lang;
  t: Texts;
  filters: ServiceFilters;
  onSearch: (q: string) => void;
  onChange: (patch: Partial<ServiceFilters>) => void;
  onReset: () => void;
  spaces: { id: string; name: string }[];
  topics: Topic[];
  showStatus: boolean;
  near: NearControls;
  /** Filters start open on a wide screen and closed on a phone, where the results should come first. */
  initiallyOpen: boolean;
};

/** Parents first, each followed by its children (indented), in the office's order, with the number of offers. */
export function topicOptions(topics: Topic[]): SelectOption[] {
  const byOrder = (a: Topic, b: Topic) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de');
  const ids = new Set(topics.map((t) => t.id));
  const roots = topics.filter((t) => t.parentId === null || !ids.has(t.parentId)).sort(byOrder);
  const options: SelectOption[] = [];
  const add = (topic: Topic, depth: number) => {
    const indent = '\u00a0\u00a0\u00a0\u00a0'.repeat(depth);
    options.push({ value: topic.id, label: `${indent}${topic.name} (${topic.serviceCount})` });
    if (depth < 4) for (const child of topics.filter((t) => t.parentId === topic.id).sort(byOrder)) add(child, depth + 1);
  };
  for (const root of roots) add(root, 0);
  return options;
}

type Chip = { key: string; label: string; remove: Partial<ServiceFilters> };

/** The filters in force, each with a button that removes it: visible (and readable) while the filters are closed. */
function ActiveFilters({ lang, t, filters, spaces, topics, onChange }: Pick<ServiceSearchFormProps, 'lang' | 't' | 'filters' | 'spaces' | 'topics' | 'onChange'>) {
  const spaceName = (id: string) => spaces.find((s) => s.id === id)?.name;
  const topicName = (id: string) => topics.find((topic) => topic.id === id)?.name;
  const chips: Chip[] = [
    ...filters.spaceIds.map((id) => ({ key: `space-${id}`, label: `${t.space}: ${spaceName(id) ?? '…'}`, remove: { spaceIds: filters.spaceIds.filter((v) => v !== id) } })),
    ...filters.topicIds.map((id) => ({ key: `topic-${id}`, label: `${t.topic}: ${topicName(id) ?? '…'}`, remove: { topicIds: filters.topicIds.filter((v) => v !== id) } })),
    ...(filters.age !== null ? [{ key: 'age', label: `${t.age}: ${ageText(lang, filters.age)}`, remove: { age: null } }] : []),
    ...filters.targetGroups.map((g) => ({ key: `group-${g}`, label: `${t.targetGroup}: ${targetGroupLabel(lang, g)}`, remove: { targetGroups: filters.targetGroups.filter((v) => v !== g) } })),
    ...filters.languages.map((code) => ({ key: `lang-${code}`, label: `${t.language}: ${languageLabel(lang, code)}`, remove: { languages: filters.languages.filter((v) => v !== code) } })),
    ...(filters.openDay
      ? [{ key: 'day', label: `${t.openDay}: ${weekdayLabel(lang, filters.openDay)}${filters.openTime ? `, ${filters.openTime}${lang === 'de' ? ' Uhr' : ''}` : ''}`, remove: { openDay: null, openTime: null } }]
      : []),
    ...filters.traits.map((trait) => ({ key: `trait-${trait}`, label: traitLabel(lang, trait), remove: { traits: filters.traits.filter((v) => v !== trait) } })),
    ...(filters.near
      ? [{ key: 'near', label: (filters.nearSource === 'location' ? t.nearLocation : t.nearPoint)(formatDistance(lang, filters.radius ?? DEFAULT_RADIUS)), remove: { near: null, radius: null, nearSource: null } }]
      : []),
    ...(filters.status ? [{ key: 'status', label: `${t.status}: ${filters.status === 'all' ? t.statusAll : statusLabel(lang, filters.status)}`, remove: { status: null } }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <ul className="app-filter-chips" aria-label={t.activeFilters}>
      {chips.map((chip) => (
        <li key={chip.key} className="app-filter-chip">
          <span>{chip.label}</span>
          <button type="button" className="app-filter-chip__remove" aria-label={t.removeFilter(chip.label)} title={t.removeFilter(chip.label)} onClick={() => onChange(chip.remove)}>
            <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}

const ageText = (lang: Lang, age: number) =>
  lang === 'de' ? (age === 0 ? 'unter 1 Jahr' : age === 1 ? '1 Jahr' : `${age} Jahre`) : age === 0 ? 'under 1 year' : age === 1 ? '1 year' : `${age} years`;

const ages = Array.from({ length: 28 }, (_, age) => age);
const hours = Array.from({ length: 17 }, (_, i) => `${String(i + 6).padStart(2, '0')}:00`);

/** The search box and the filters; every choice applies at once and goes into the address. */
export function ServiceSearchForm(props: ServiceSearchFormProps) {
  const { lang, t, filters, onSearch, onChange, onReset, spaces, topics, showStatus, near, initiallyOpen } = props;
  const [q, setQ] = useState(filters.q);
  const [open, setOpen] = useState(initiallyOpen);
  const nearHintId = useId();
  // Back and Forward change the search in the address: the field follows.
  useEffect(() => setQ(filters.q), [filters.q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  const single = (values: string[]) => values[0] ?? '';
  const count = activeFilterCount(filters);

  return (
    <search className="app-service-search" aria-label={t.searchRegion}>
      <form className="app-service-search__form" onSubmit={submit}>
        <TextField
          id="service-search"
          name="q"
          type="search"
          label={t.searchLabel}
          hint={t.searchHint}
          autoComplete="off"
          enterKeyHint="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <div className="app-service-search__submit">
          <Button type="submit">{t.searchButton}</Button>
        </div>
      </form>

      <ActiveFilters lang={lang} t={t} filters={filters} spaces={spaces} topics={topics} onChange={onChange} />

      <details className="kern-accordion app-service-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="kern-accordion__header">
          <span className="kern-title">{t.filtersSummary(count)}</span>
        </summary>
        <div className="kern-accordion__body app-service-filters__body">
          <div className="app-service-filters__grid">
            <SelectField
              id="service-filter-space"
              label={t.space}
              options={[{ value: '', label: t.allSpaces }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
              value={single(filters.spaceIds)}
              onChange={(event) => onChange({ spaceIds: event.target.value ? [event.target.value] : [] })}
            />
            <SelectField
              id="service-filter-topic"
              label={t.topic}
              options={[{ value: '', label: t.allTopics }, ...topicOptions(topics)]}
              value={single(filters.topicIds)}
              onChange={(event) => onChange({ topicIds: event.target.value ? [event.target.value] : [] })}
            />
            <SelectField
              id="service-filter-age"
              label={t.age}
              options={[{ value: '', label: t.anyAge }, ...ages.map((age) => ({ value: String(age), label: ageText(lang, age) }))]}
              value={filters.age === null ? '' : String(filters.age)}
              onChange={(event) => onChange({ age: event.target.value === '' ? null : Number(event.target.value) })}
            />
            <SelectField
              id="service-filter-target-group"
              label={t.targetGroup}
              options={[{ value: '', label: t.allTargetGroups }, ...targetGroups.map((g) => ({ value: g, label: targetGroupLabel(lang, g) }))]}
              value={single(filters.targetGroups)}
              onChange={(event) =>
                onChange({ targetGroups: targetGroups.filter((g) => g === event.target.value) })
              }
            />
            <SelectField
              id="service-filter-language"
              label={t.language}
              options={[
                { value: '', label: t.allLanguages },
                ...Object.keys(commonLanguages)
                  .map((code) => ({ value: code, label: languageLabel(lang, code) }))
                  .sort((a, b) => a.label.localeCompare(b.label, lang)),
              ]}
              value={single(filters.languages)}
              onChange={(event) => onChange({ languages: event.target.value ? [event.target.value] : [] })}
            />
            <SelectField
              id="service-filter-day"
              label={t.openDay}
              options={[{ value: '', label: t.anyDay }, ...weekdays.map((d) => ({ value: d, label: weekdayLabel(lang, d) }))]}
              value={filters.openDay ?? ''}
              onChange={(event) => onChange({ openDay: weekdays.find((d) => d === event.target.value) ?? null })}
            />
            <SelectField
              id="service-filter-time"
              label={t.openTime}
              options={[{ value: '', label: t.anyTime }, ...hours.map((h) => ({ value: h, label: lang === 'de' ? `${h} Uhr` : h }))]}
              value={filters.openTime ?? ''}
              disabled={!filters.openDay}
              onChange={(event) => onChange({ openTime: event.target.value || null })}
            />
            {showStatus ? (
              <SelectField
                id="service-filter-status"
                label={t.status}
                options={[
                  { value: '', label: t.statusActive },
                  ...serviceStatuses.filter((s) => s !== 'active').map((s) => ({ value: s, label: statusLabel(lang, s) })),
                  { value: 'all', label: t.statusAll },
                ]}
                value={filters.status ?? ''}
                onChange={(event) =>
                  onChange({ status: ([...serviceStatuses, 'all'] as ServiceStatusFilter[]).find((s) => s === event.target.value) ?? null })
                }
              />
            ) : null}
          </div>

          <CheckboxGroup
            id="service-filter-traits"
            name="traits"
            legend={t.traits}
            hint={t.traitsHint}
            options={lowThresholdTraits.map((trait) => ({ value: trait, label: traitLabel(lang, trait) }))}
            value={filters.traits}
            onChange={(traits) => onChange({ traits })}
          />

          <fieldset className="kern-fieldset app-service-near" aria-describedby={nearHintId}>
            <legend className="kern-label">{t.nearby}</legend>
            <div className="kern-hint" id={nearHintId}>
              {t.locationPrivacy}
            </div>
            {filters.near ? (
              <div className="app-service-near__current">
                <p className="kern-body app-service-near__summary">
                  {(filters.nearSource === 'location' ? t.nearLocation : t.nearPoint)(formatDistance(lang, filters.radius ?? DEFAULT_RADIUS))}
                </p>
                <div className="app-service-near__controls">
                  <SelectField
                    id="service-filter-radius"
                    label={t.radius}
                    options={radiusChoices.map((m) => ({ value: String(m), label: t.radiusOption(m) }))}
                    value={String(filters.radius ?? DEFAULT_RADIUS)}
                    onChange={(event) => onChange({ radius: Number(event.target.value) })}
                  />
                  <Button variant="secondary" onClick={() => onChange({ near: null, radius: null, nearSource: null })}>
                    {t.removeNear}
                  </Button>
                </div>
              </div>
            ) : null}
            <div className="kern-btn-wrapper app-button-row">
              {near.canLocate ? (
                <Button variant="secondary" busy={near.locating} onClick={near.onUseLocation}>
                  {near.locating ? t.locating : t.useMyLocation}
                </Button>
              ) : null}
              <Button variant="secondary" aria-pressed={near.picking} onClick={near.onTogglePicking}>
                {near.picking ? t.cancelPick : t.pickOnMap}
              </Button>
            </div>
            {near.picking ? (
              <p className="kern-body app-filter-note" role="status">
                {t.pickingHint}
              </p>
            ) : null}
            {near.locationFailed ? (
              <p className="kern-body app-filter-note" role="alert">
                {t.locationUnavailable}
              </p>
            ) : null}
          </fieldset>

          {count > 0 ? (
            <div>
              <Button variant="tertiary" onClick={onReset}>
                {t.resetFilters}
              </Button>
            </div>
          ) : null}
        </div>
      </details>
    </search>
  );
}
