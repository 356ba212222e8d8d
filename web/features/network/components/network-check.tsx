import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { NetworkCheck } from '../../../../common/api/network';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { formatDecimal, formatInteger } from '../../../components/format/format-number';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextField } from '../../../components/ui/text-field';
import type { SpaceFigures } from '../api/network-model-api';
import { useNetworkCheck, useSpaceFigures } from '../hooks/use-network-model';
import { FindingLevelBadge } from './finding-level';
import { modelLabel } from './network-model-overview';

type Finding = NetworkCheck['modelFindings'][number];

function Findings({ findings, empty }: { findings: Finding[]; empty: string }) {
  if (findings.length === 0) return <p className="kern-body">{empty}</p>;
  return (
    <ul className="app-findings">
      {findings.map((f) => (
        <li key={f.code} className="app-finding">
          <FindingLevelBadge level={f.level} />
          <span className="kern-body">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** The day to check; the answer below follows once the user submits (typing a date should not fetch every keystroke). */
export function NetworkCheckDateForm({ date, onSubmit }: { date: string; onSubmit: (date: string) => void }) {
  const [value, setValue] = useState(date);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      setError('Bitte ein vollständiges Datum angeben.');
      return;
    }
    setError(undefined);
    onSubmit(value);
  };
  return (
    <form className="app-filter__form" noValidate onSubmit={submit} aria-label="Stichtag der Prüfung">
      <TextField
        id="network-check-date"
        name="date"
        label="Stichtag"
        hint="Welches Modell an diesem Tag gilt oder galt, und was dann fehlt."
        type="date"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={error}
      />
      <div className="app-filter__submit">
        <Button type="submit">Prüfen</Button>
      </div>
    </form>
  );
}

/** "1 Punkt fehlt, 2 Hinweise." */
function summary({ missing, warning }: { missing: number; warning: number }): string {
  if (!missing && !warning) return 'Es fehlt nichts, und es gibt keine Hinweise.';
  const parts = [
    missing ? (missing === 1 ? '1 Punkt fehlt' : `${formatInteger(missing)} Punkte fehlen`) : 'Es fehlt nichts',
    warning ? (warning === 1 ? '1 Hinweis' : `${formatInteger(warning)} Hinweise`) : 'keine Hinweise',
  ];
  return `${parts.join(', ')}.`;
}

type NetworkCheckResultProps = { date: string; spacePath: (id: string) => string };

/** What the model in force on the date requires of every space and what is missing, and the counts per space. */
export function NetworkCheckResult({ date, spacePath }: NetworkCheckResultProps) {
  const check = useNetworkCheck(date);
  const figures = useSpaceFigures(date);
  if (check.isPending) return <LoadingIndicator label="Prüfung läuft …" />;
  if (check.isError) return <ErrorAlert error={check.error} />;
  const c = check.data;
  const names = new Map(c.spaces.map((s) => [s.spaceId, s.spaceName]));
  const counts = { missing: 0, warning: 0 };
  for (const f of [...c.modelFindings, ...c.spaces.flatMap((s) => s.findings)]) {
    if (f.level === 'missing') counts.missing++;
    if (f.level === 'warning') counts.warning++;
  }

  return (
    <div className="app-section">
      <p className="kern-body" role="status">
        Am <strong>{formatDay(c.date)}</strong> {c.date < todayIso() ? 'galt' : 'gilt'}: <strong>{modelLabel(c.model)}</strong>.{' '}
        {summary(counts)}
      </p>
      <Findings findings={c.modelFindings} empty="Zum Modell selbst gibt es keine Hinweise." />
      <h3 className="kern-heading-small">Prüfung je Sozialraum</h3>
      {c.spaces.length === 0 ? (
        <p className="kern-body">Es sind noch keine Sozialräume angelegt.</p>
      ) : (
        <ul className="app-check-spaces">
          {c.spaces.map((s) => (
            <li key={s.spaceId} className="app-check-space">
              <h4 className="kern-heading-small app-check-space__name" id={`check-space-${s.spaceId}`}>
                <Link className="kern-link" to={spacePath(s.spaceId)}>
                  {s.spaceName}
                </Link>
              </h4>
              <Findings findings={s.findings} empty="Keine Hinweise." />
            </li>
          ))}
        </ul>
      )}
      <h3 className="kern-heading-small">Kennzahlen am {formatDay(c.date)}</h3>
      {figures.isPending ? (
        <LoadingIndicator label="Kennzahlen werden geladen …" />
      ) : figures.isError ? (
        <ErrorAlert error={figures.error} />
      ) : (
        <>
          <DataTable<SpaceFigures>
            caption={`Kennzahlen je Sozialraum am ${formatDay(c.date)}`}
            captionHidden
            rows={figures.data}
            rowKey={(f) => f.spaceId}
            columns={[
              {
                key: 'space',
                header: 'Sozialraum',
                rowHeader: true,
                cell: (f) => (
                  <Link className="kern-link" to={spacePath(f.spaceId)}>
                    {names.get(f.spaceId) ?? 'Sozialraum'}
                  </Link>
                ),
              },
              { key: 'members', header: 'Teammitglieder', numeric: true, cell: (f) => formatInteger(f.teamMembers) },
              { key: 'teamFte', header: 'Stellenanteile', numeric: true, cell: (f) => formatDecimal(f.teamFte) },
              { key: 'organizations', header: 'Organisationen', numeric: true, cell: (f) => formatInteger(f.organizations) },
              { key: 'contracts', header: 'Verträge', numeric: true, cell: (f) => formatInteger(f.contracts) },
              { key: 'positions', header: 'Stellen', numeric: true, cell: (f) => formatDecimal(f.positionsFte) },
            ]}
          />
          <p className="kern-body kern-body--small app-muted">
            Stellenanteile: Summe der Stellenanteile der Teammitglieder. Stellen: geförderte Stellen (z. B. Familienzentrum)
            in Vollzeitstellen. Organisationen: mit Teammitgliedern, Verträgen oder Stellen im Sozialraum.
          </p>
        </>
      )}
    </div>
  );
}
