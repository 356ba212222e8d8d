import { useId, useState } from 'react';
import { reportTextKeyLabels, reportTextKeys, type ReportTextKey, type TextBlock } from '../../../../common/api/annual-report';
import { privacyKindLabels } from '../../../../common/privacy/kinds';
import { isApiError } from '../../../components/api/api-error';
import { formatDateTime } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { describedBy } from '../../../components/ui/field-message';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { usePrivacyCheck } from '../../../components/use-privacy-check';
import type { ReportKey } from '../api/annual-report-api';
import { useTextVersions, useWriteText } from '../hooks/use-annual-report';

const written = (b: TextBlock) => `Fassung ${b.version}${b.writtenByName ? `, von ${b.writtenByName}` : ''}, ${formatDateTime(b.writtenAt)}`;

/** Every version of a block, newest first (loaded when opened). */
function Versions({ reportKey, textKey }: { reportKey: ReportKey; textKey: ReportTextKey }) {
  const [open, setOpen] = useState(false);
  const versions = useTextVersions(reportKey, textKey, open);
  const title = reportTextKeyLabels[textKey];
  return (
    <details className="app-report-versions app-no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="kern-body">Fassungen: {title}</summary>
      {!open ? null : versions.isPending ? (
        <LoadingIndicator label="Fassungen werden geladen …" />
      ) : versions.isError ? (
        <ErrorAlert error={versions.error} />
      ) : versions.data.length === 0 ? (
        <p className="kern-body app-empty">Noch keine Fassung gespeichert.</p>
      ) : (
        <div className="kern-table-responsive app-table-scroll" role="region" aria-label={`Tabelle: Fassungen ${title}`} tabIndex={0}>
          <table className="kern-table kern-table--small">
            <caption className="kern-body app-report-caption">Fassungen von „{title}“, die neueste zuerst</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Fassung</th>
                <th scope="col" className="kern-table__header">Wer</th>
                <th scope="col" className="kern-table__header">Wann</th>
                <th scope="col" className="kern-table__header">Text</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {versions.data.map((v) => (
                <tr key={v.version} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{v.version}</th>
                  <td className="kern-table__cell">{v.writtenByName ?? 'unbekannt'}</td>
                  <td className="kern-table__cell app-nowrap">{formatDateTime(v.writtenAt)}</td>
                  <td className="kern-table__cell app-report-version-text">{v.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** The editor of one block: the privacy warning while typing, saving on top of the version it started from. */
function Editor({ reportKey, textKey, current, onSaved, onCancel }: { reportKey: ReportKey; textKey: ReportTextKey; current: TextBlock | undefined; onSaved: (version: number) => void; onCancel: () => void }) {
  const id = `report-text-${textKey}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const title = reportTextKeyLabels[textKey];
  const [draft, setDraft] = useState(current?.text ?? '');
  const [base, setBase] = useState(current?.version ?? 0);
  const save = useWriteText(reportKey, textKey);
  const { result, checked } = usePrivacyCheck(draft);
  const findings =
    result && !result.ok && draft.trim()
      ? [...new Map(result.findings.map((f) => [`${f.kind}:${checked.slice(f.start, f.end)}`, { passage: checked.slice(f.start, f.end).trim(), kind: privacyKindLabels[f.kind] }])).entries()]
      : [];
  const error = save.error;
  const conflict = isApiError(error) && error.status === 409;
  const forbidden = isApiError(error) && error.status === 403;
  const newer = current && current.version > base ? current : undefined;
  const warningId = `${id}-privacy`;
  const invalid = findings.length > 0 || (isApiError(error) && error.status === 422);

  return (
    <form
      className="app-report-editor app-no-print"
      aria-label={`${title} bearbeiten`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ text: draft, baseVersion: base }, { onSuccess: (block) => onSaved(block.version) });
      }}
    >
      <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={id}>
          Text: {title}
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          Der Bericht ist öffentlich: keine Namen, Anschriften, Geburtsdaten oder Aktenzeichen. Gespeichert wird eine neue Fassung; die alten bleiben erhalten.
        </div>
        <textarea
          id={id}
          rows={6}
          value={draft}
          maxLength={20000}
          onChange={(event) => setDraft(event.target.value)}
          className={`kern-form-input__input app-report-textarea${invalid ? ' kern-form-input__input--error' : ''}`}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, findings.length > 0 && warningId)}
        />
        <div id={warningId} role="status" aria-live="polite" className="app-report-privacy-region">
          {findings.length > 0 ? (
            <div className="app-report-privacy">
              <p className="kern-body app-report-privacy__title">
                <span className="kern-icon kern-icon--warning" aria-hidden="true" />
                <span>Bitte ohne persönliche Daten – das sieht aus wie:</span>
              </p>
              <ul className="kern-list kern-list--bullet">
                {findings.map(([key, f]) => (
                  <li key={key} className="kern-body">
                    <strong>„{f.passage}“</strong> – {f.kind}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
      {conflict ? (
        <Alert tone="warning" title="Inzwischen gibt es eine neuere Fassung" role="alert">
          <p className="kern-body">{error.detail ?? error.title} Ihr Entwurf steht weiter im Feld; nichts ist verloren.</p>
          {newer ? (
            <>
              <p className="kern-body">
                <strong>{written(newer)}:</strong>
              </p>
              <blockquote className="kern-body app-report-newer">{newer.text || '(leer)'}</blockquote>
              <ButtonRow>
                <Button variant="secondary" onClick={() => { setBase(newer.version); save.reset(); }}>
                  Meinen Entwurf auf Fassung {newer.version} aufbauen
                </Button>
              </ButtonRow>
            </>
          ) : (
            <LoadingIndicator label="Die neuere Fassung wird geladen …" />
          )}
        </Alert>
      ) : forbidden ? (
        <Alert tone="danger" title="Nicht gespeichert">
          <p className="kern-body">Sie dürfen diesen Text nicht ändern: Texte eines Sozialraums schreibt sein Team, die Texte für das ganze Jugendamt die Leitung.</p>
        </Alert>
      ) : error ? (
        <ErrorAlert error={error} title="Nicht gespeichert" />
      ) : null}
      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {title} speichern
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

function Block({ reportKey, textKey, current, canWrite, loading }: { reportKey: ReportKey; textKey: ReportTextKey; current: TextBlock | undefined; canWrite: boolean; loading: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const title = reportTextKeyLabels[textKey];
  const headingId = `report-text-heading-${textKey}`;
  return (
    <section className="app-report-part app-report-text" aria-labelledby={headingId}>
      <h3 className="kern-heading-small" id={headingId}>
        {title}
      </h3>
      {current && current.text.trim() ? (
        <div className="kern-body app-report-prose">
          {current.text.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      ) : (
        <p className="kern-body app-empty">{loading ? 'Wird geladen …' : 'Noch nicht geschrieben.'}</p>
      )}
      {current ? <p className="kern-body kern-body--small app-muted">{written(current)}</p> : null}
      <p className="kern-body app-no-print app-report-saved" role="status">
        {saved !== null && !editing ? `„${title}“ wurde als Fassung ${saved} gespeichert.` : ''}
      </p>
      {canWrite ? (
        editing ? (
          <Editor
            reportKey={reportKey}
            textKey={textKey}
            current={current}
            onSaved={(version) => {
              setEditing(false);
              setSaved(version);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <ButtonRow>
            <span className="app-no-print">
              <Button
                variant="secondary"
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {title} bearbeiten
              </Button>
            </span>
          </ButtonRow>
        )
      ) : null}
      <Versions reportKey={reportKey} textKey={textKey} />
    </section>
  );
}

/** The closing text blocks (Zusammenfassung, Erfolge, Schwierigkeiten, Ausblick), each with its versions. */
export function ReportTexts({ reportKey, texts, canWrite, loading }: { reportKey: ReportKey; texts: readonly TextBlock[]; canWrite: boolean; loading: boolean }) {
  return (
    <>
      {reportTextKeys.map((k) => (
        <Block key={k} reportKey={reportKey} textKey={k} current={texts.find((t) => t.key === k)} canWrite={canWrite} loading={loading} />
      ))}
    </>
  );
}
