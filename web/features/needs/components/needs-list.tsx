import './needs-staff.css';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { NeedSummary } from '../../../../common/api/needs';
import { ageBandLabels, ageBands, gapKindLabels, gapKinds, needSourceLabels, needSources, needStatuses, voices } from '../../../../common/need-terms';
import { formatDay } from '../../../components/format/format-date';
import { ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { DataTable } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { Pagination } from '../../../components/ui/pagination';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useNeeds, useNeedSpaces, useNeedTopics } from '../hooks/use-needs';
import { excerpt, needsCount, needStatusShortLabels, needStatusTone, textDirection, topicOptions, voicePluralLabels } from './needs-labels';
import { activeFilterCount, NEEDS_PER_PAGE, needsApiQuery, readNeedsFilter, type NeedsFilterKey } from './needs-list-query';
import { NeedsVoiceBadge } from './needs-voice-badge';

type NeedsListProps = { needPath: (id: string) => string };

const all = { value: '', label: 'alle' };

/** The staff's list of needs: filters in the address (shareable, and the heat map links here), a table, pages. */
export function NeedsList({ needPath }: NeedsListProps) {
  const [params, setParams] = useSearchParams();
  const filter = readNeedsFilter(params);
  const [q, setQ] = useState(filter.q);
  const typed = useDebouncedValue(q, 300).trim();
  const needs = useNeeds(needsApiQuery(filter));
  const spaces = useNeedSpaces();
  const topics = useNeedTopics();

  const setParam = (key: NeedsFilterKey | 'page', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const qInAddress = params.get('q') ?? '';
  // The address changed from outside (a link, the back button): the search box follows it.
  const lastAddressQ = useRef(qInAddress);
  useEffect(() => {
    if (lastAddressQ.current === qInAddress) return;
    lastAddressQ.current = qInAddress;
    setQ((current) => (current.trim() === qInAddress.trim() ? current : qInAddress));
  }, [qInAddress]);
  // A newly typed search goes into the address (only a change: any navigation would reset the typed text otherwise).
  const lastTyped = useRef(typed);
  useEffect(() => {
    if (lastTyped.current === typed) return;
    lastTyped.current = typed;
    if (qInAddress.trim() === typed) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (typed) next.set('q', typed);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [typed, qInAddress, setParams]);

  const resetFilters = () => {
    setQ('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const result = needs.data;
  const filters = activeFilterCount(filter);
  const select = (key: NeedsFilterKey, label: string, options: { value: string; label: string }[]) => (
    <SelectField id={`needs-${key}`} label={label} options={[all, ...options]} value={filter[key]} onChange={(event) => setParam(key, event.target.value)} />
  );

  return (
    <div className="app-stack">
      <form className="app-audit-filter__grid" role="search" aria-label="Bedarfe filtern" onSubmit={(event) => event.preventDefault()}>
        <TextField id="needs-q" label="Suche im Text" type="search" autoComplete="off" value={q} onChange={(event) => setQ(event.target.value)} />
        {select('spaceId', 'Sozialraum', (spaces.data ?? []).map((s) => ({ value: s.id, label: s.name })))}
        {select('topicId', 'Thema', topicOptions(topics.data ?? []))}
        {filter.topicId ? (
          <Checkbox
            id="needs-topicExact"
            label="ohne untergeordnete Themen"
            checked={filter.topicExact === 'true'}
            onChange={(event) => setParam('topicExact', event.target.checked ? 'true' : '')}
          />
        ) : null}
        {select('voice', 'Stimme', voices.map((v) => ({ value: v, label: voicePluralLabels[v] })))}
        {select('source', 'Quelle', needSources.map((s) => ({ value: s, label: needSourceLabels[s] })))}
        {select('status', 'Status', needStatuses.map((s) => ({ value: s, label: needStatusShortLabels[s] })))}
        {select('ageBand', 'Altersgruppe', ageBands.map((a) => ({ value: a, label: ageBandLabels[a] })))}
        {select('gapKind', 'Art der Lücke', gapKinds.map((k) => ({ value: k, label: gapKindLabels[k] })))}
        <TextField id="needs-from" label="Erfasst ab" type="date" value={filter.from} onChange={(event) => setParam('from', event.target.value)} />
        <TextField id="needs-to" label="Erfasst bis" type="date" value={filter.to} onChange={(event) => setParam('to', event.target.value)} />
      </form>
      {filters > 0 ? (
        <div>
          <Button variant="tertiary" onClick={resetFilters}>
            Alle Filter zurücksetzen ({filters})
          </Button>
        </div>
      ) : null}
      {needs.isPending ? (
        <LoadingIndicator label="Bedarfe werden geladen …" />
      ) : needs.isError ? (
        <ErrorAlert error={needs.error} />
      ) : result ? (
        <>
          <DataTable<NeedSummary>
            caption={filters ? `${needsCount(result.total)} für diese Auswahl` : needsCount(result.total)}
            rows={result.items}
            rowKey={(n) => n.id}
            empty={<p className="kern-body">Keine Bedarfe für diese Auswahl.</p>}
            columns={[
              { key: 'date', header: 'Datum', cell: (n) => <span className="app-nowrap">{formatDay(n.recordedOn)}</span> },
              {
                key: 'text',
                header: 'Bedarf',
                rowHeader: true,
                cell: (n) => (
                  <Link
                    className="kern-link app-needs-excerpt"
                    to={needPath(n.id)}
                    lang={n.language && n.language !== 'de' ? n.language : undefined}
                    dir={n.language ? textDirection(n.language) : undefined}
                  >
                    {excerpt(n.text)}
                  </Link>
                ),
              },
              { key: 'space', header: 'Sozialraum', cell: (n) => n.spaceName },
              { key: 'topics', header: 'Themen', cell: (n) => (n.topics.length ? n.topics.map((t) => t.name).join(', ') : <span className="app-muted">noch keine</span>) },
              { key: 'voice', header: 'Stimme', cell: (n) => <NeedsVoiceBadge voice={n.voice} /> },
              { key: 'source', header: 'Quelle', cell: (n) => needSourceLabels[n.source] },
              { key: 'status', header: 'Status', cell: (n) => <Badge tone={needStatusTone[n.status]}>{needStatusShortLabels[n.status]}</Badge> },
              {
                key: 'gaps',
                header: 'Lücken',
                cell: (n) =>
                  n.gapKinds.length ? (
                    <ul className="app-needs-kinds">
                      {n.gapKinds.map((k) => (
                        <li key={k} className={`app-gap-kind app-gap-kind--${k}`}>
                          {gapKindLabels[k]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="app-muted">–</span>
                  ),
              },
            ]}
          />
          <Pagination
            label="Seiten der Bedarfe"
            offset={result.offset}
            limit={result.limit}
            total={result.total}
            onChange={(offset) => setParam('page', String(Math.floor(offset / NEEDS_PER_PAGE) + 1))}
          />
        </>
      ) : null}
    </div>
  );
}
