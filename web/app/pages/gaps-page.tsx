import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { GapSummaryQuery } from '../../../common/api/needs';
import { ageBandLabels, needSourceLabels } from '../../../common/need-terms';
import { todayIso } from '../../components/format/format-date';
import { formatInteger } from '../../components/format/format-number';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useMediaQuery } from '../../components/use-media-query';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { gapSummaryCsvUrl } from '../../features/needs/api/needs-api';
import { GapFilters, readGapFilter, yearPeriod, type GapFilter } from '../../features/needs/components/gap-filters';
import { GapTotals } from '../../features/needs/components/gap-totals';
import { HeatMap, HeatMapLegend } from '../../features/needs/components/heat-map';
import { voicePluralLabels } from '../../features/needs/components/needs-labels';
import { needsListSearch } from '../../features/needs/components/needs-list-query';
import { NeedsRadioGroup } from '../../features/needs/components/needs-radio-group';
import { useGapSummary, useRecomputeGaps } from '../../features/needs/hooks/use-needs';
import { paths } from '../paths';
import { needRecorderRoles } from '../roles';

type HeatMapRows = 'spaces' | 'topics';

/**
 * Lückenanalyse: social spaces × topics, how many needs and of which kind (missing, unknown, unsuitable). Staff
 * open the needs behind a cell; the committee sees the numbers only.
 */
export function GapsPage() {
  const { data: account } = useMe();
  const staff = hasAnyRole(account, needRecorderRoles);
  const currentYear = Number(todayIso().slice(0, 4));
  const [params, setParams] = useSearchParams();
  const filter = readGapFilter(params, currentYear);
  const period = yearPeriod(filter.year);
  const withoutVoice: GapSummaryQuery = {
    ...period,
    ...(filter.source ? { source: filter.source } : {}),
    ...(filter.ageBand ? { ageBand: filter.ageBand } : {}),
  };
  const query: GapSummaryQuery = filter.voice ? { ...withoutVoice, voice: filter.voice } : withoutVoice;
  const summary = useGapSummary(query);
  // The split by voice above the table stays complete when the table shows one voice only (same query otherwise).
  const allVoices = useGapSummary(withoutVoice);
  const recompute = useRecomputeGaps();
  const [recomputed, setRecomputed] = useState<string | null>(null);
  const narrow = useMediaQuery('(max-width: 47.99rem)');
  // Spaces as rows (the usual view); on a phone topics as rows, since there are far fewer spaces than topics.
  const rowsParam = params.get('rows');
  const rowsOf: HeatMapRows = rowsParam === 'topics' || rowsParam === 'spaces' ? rowsParam : narrow ? 'topics' : 'spaces';
  const transposed = rowsOf === 'topics';

  const setRows = (value: HeatMapRows) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('rows', value);
        return next;
      },
      { replace: true },
    );
  const setFilter = (key: keyof GapFilter, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && !(key === 'year' && value === String(currentYear))) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const cellLink = staff
    ? (spaceId: string, topicId: string) =>
        `${paths.needs}${needsListSearch({ spaceId, topicId, topicExact: 'true', ...period, voice: filter.voice, source: filter.source, ageBand: filter.ageBand })}`
    : null;
  const s = summary.data;
  const chosen = [
    filter.voice ? `nur ${voicePluralLabels[filter.voice]}` : null,
    filter.source ? `Quelle: ${needSourceLabels[filter.source]}` : null,
    filter.ageBand ? `Altersgruppe: ${ageBandLabels[filter.ageBand]}` : null,
  ].filter(Boolean);

  return (
    <div className="app-stack app-gaps-page">
      <PageHeading
        title="Lückenanalyse"
        preline="Bedarfe"
        lead={
          staff
            ? 'Wo fehlt was? Für jeden Sozialraum und jedes Thema die Bedarfe eines Jahres und ihre Lücken. Ein Feld führt zu den Bedarfen dahinter.'
            : 'Wo fehlt was? Für jeden Sozialraum und jedes Thema die Bedarfe eines Jahres und ihre Lücken – nur Summen, keine einzelnen Bedarfe.'
        }
      />
      <GapFilters filter={filter} currentYear={currentYear} onChange={setFilter} />

      {summary.isPending ? (
        <LoadingIndicator label="Lückenanalyse wird berechnet …" />
      ) : summary.isError ? (
        <ErrorAlert error={summary.error} />
      ) : s ? (
        <>
          <section className="app-section" aria-labelledby="gaps-totals-heading">
            <h2 className="kern-heading-medium" id="gaps-totals-heading">
              {filter.year}
              {filter.year === currentYear ? ' bis heute' : ''}
              {chosen.length ? ` – ${chosen.join(', ')}` : ''}
            </h2>
            <GapTotals totals={s.totals} byVoice={allVoices.data?.totals.byVoice ?? s.totals.byVoice} voice={filter.voice} />
            {s.totals.pendingReview > 0 ? (
              <p className="kern-body">
                {s.totals.pendingReview === 1 ? '1 Meldung' : `${formatInteger(s.totals.pendingReview)} Meldungen`} aus dem Online-Formular
                {s.totals.pendingReview === 1 ? ' wartet' : ' warten'} noch auf die Prüfung und {s.totals.pendingReview === 1 ? 'zählt' : 'zählen'} noch nicht.
                {staff ? (
                  <>
                    {' '}
                    <Link className="kern-link" to={paths.needsReview}>
                      Jetzt prüfen
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
          </section>

          <section className="app-section" aria-labelledby="gaps-map-heading">
            <h2 className="kern-heading-medium" id="gaps-map-heading">
              Sozialräume und Themen
            </h2>
            <HeatMapLegend />
            <NeedsRadioGroup<HeatMapRows>
              id="gaps-rows"
              name="gaps-rows"
              legend="Zeilen der Tabelle"
              horizontal
              options={[
                { value: 'spaces', label: 'Sozialräume' },
                { value: 'topics', label: 'Themen' },
              ]}
              value={rowsOf}
              onChange={setRows}
            />
            {s.topics.length === 0 ? (
              <p className="kern-body app-empty">Für diese Auswahl gibt es keine Bedarfe mit Thema.</p>
            ) : (
              <HeatMap
                summary={s}
                transposed={transposed}
                cellLink={cellLink}
                caption={
                  transposed
                    ? `Bedarfe und Lücken ${filter.year}: Themen (Zeilen) und Sozialräume (Spalten)`
                    : `Bedarfe und Lücken ${filter.year}: Sozialräume (Zeilen) und Themen (Spalten)`
                }
              />
            )}
            <ul className="app-inline-list">
              <li>
                <a className="kern-link" href={gapSummaryCsvUrl(query)} download>
                  Als CSV herunterladen (für Excel)
                </a>
              </li>
              {staff ? (
                <li>
                  <Link className="kern-link" to={`${paths.needs}${needsListSearch({ ...period, voice: filter.voice, source: filter.source, ageBand: filter.ageBand })}`}>
                    Alle Bedarfe dieser Auswahl
                  </Link>
                </li>
              ) : null}
            </ul>
          </section>

          {staff ? (
            <section className="app-section" aria-labelledby="gaps-recompute-heading">
              <h2 className="kern-heading-medium" id="gaps-recompute-heading">
                Lücken neu berechnen
              </h2>
              <p className="kern-body">
                Sind Angebote hinzugekommen, geändert oder eingestellt worden, ordnet die Neuberechnung alle offenen, nicht von Hand
                bestätigten Lücken Ihrer Sozialräume nach den heutigen Angeboten neu ein.
              </p>
              <div>
                <Button
                  variant="secondary"
                  busy={recompute.isPending}
                  onClick={() => {
                    setRecomputed(null);
                    recompute.mutate(undefined, {
                      onSuccess: (r) =>
                        setRecomputed(
                          `${formatInteger(r.checked)} ${r.checked === 1 ? 'Bedarf' : 'Bedarfe'} mit offenen Lücken geprüft, ${formatInteger(r.changed)} ${r.changed === 1 ? 'Lücke' : 'Lücken'} neu eingeordnet.`,
                        ),
                    });
                  }}
                >
                  Lücken neu berechnen
                </Button>
              </div>
              {recompute.error ? <ErrorAlert error={recompute.error} title="Nicht neu berechnet" /> : null}
              <div role="status" className="app-needs-live">{recomputed ? <Alert tone="success" title={recomputed} role="none" /> : null}</div>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
