import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { isApiError } from '../../../components/api/api-error';
import { formatInteger } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { DataTable } from '../../../components/ui/data-table';
import { TextField } from '../../../components/ui/text-field';
import type { ImportOutcome, ImportProblem } from '../api/services-admin-api';
import { useImportHsds, useImportSpreadsheet } from '../hooks/use-services-admin';
import { readHsdsFiles, readSpreadsheet, type HsdsFiles, type ReadImport } from './import-files';
import './edit-service.css';

const SHOWN_PROBLEMS = 200;

const kindLabels: Record<string, string> = {
  services: 'Angebote',
  service: 'Angebote',
  organizations: 'Organisationen',
  organization: 'Organisationen',
  locations: 'Standorte',
  location: 'Standorte',
  service_at_locations: 'Angebote an Standorten',
  service_at_location: 'Angebote an Standorten',
  programs: 'Programme',
  program: 'Programme',
  taxonomies: 'Taxonomien',
  taxonomy: 'Taxonomien',
  taxonomy_terms: 'Begriffe',
  taxonomy_term: 'Begriffe',
  phone: 'Telefonnummern',
  schedule: 'Öffnungszeiten',
  address: 'Anschriften',
  contact: 'Kontakte',
  language: 'Sprachen',
  service_area: 'Einzugsgebiete',
  cost_option: 'Kosten',
  funding: 'Finanzierung',
  required_document: 'Unterlagen',
  accessibility: 'Barrierefreiheit',
  attribute: 'Merkmale',
  organization_identifier: 'Kennungen',
  metadata: 'Änderungsdaten',
};

function ProblemsTable({ id, problems, caption }: { id: string; problems: ImportProblem[]; caption: string }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <DataTable<ImportProblem & { key: string }>
        caption={`${caption} (${formatInteger(problems.length)})`}
        rows={shown.map((p, i) => ({ ...p, key: `${id}-${i}` }))}
        rowKey={(p) => p.key}
        columns={[
          ...(problems.some((p) => p.file) ? [{ key: 'file', header: 'Datei', cell: (p: ImportProblem) => <span className="app-nowrap">{p.file || '–'}</span> }] : []),
          { key: 'row', header: 'Zeile', cell: (p) => <span className="app-break">{p.row || '–'}</span> },
          { key: 'field', header: 'Feld', cell: (p) => <span className="app-code app-nowrap">{p.field || '–'}</span> },
          { key: 'reason', header: 'Grund', cell: (p) => p.reason },
        ]}
      />
      {problems.length > SHOWN_PROBLEMS ? <p className="kern-body">Gezeigt sind die ersten {SHOWN_PROBLEMS}.</p> : null}
    </>
  );
}

function outcomeTitle(outcome: ImportOutcome): string {
  if (outcome.dryRun) return 'Probelauf: so würde der Import ausgehen';
  if (outcome.stored) return 'Import abgeschlossen';
  return outcome.problems.length ? 'Nichts importiert' : 'Nichts zu ändern';
}

function Outcome({ id, outcome }: { id: string; outcome: ImportOutcome }) {
  const { counts, problems, perKind } = outcome;
  const refused = !outcome.dryRun && !outcome.stored && problems.length > 0;
  return (
    <div className="app-section">
      <Alert tone={refused ? 'danger' : problems.length ? 'warning' : 'success'} title={outcomeTitle(outcome)}>
        <p className="kern-body">
          {outcome.dryRun ? 'Es wurde noch nichts gespeichert. ' : ''}
          {refused ? 'Mindestens ein Datensatz hat einen Fehler; deshalb wurde nichts gespeichert. ' : ''}
          {formatInteger(counts.created)} neu, {formatInteger(counts.changed)} geändert, {formatInteger(counts.unchanged)} unverändert,{' '}
          {formatInteger(counts.rejected)} abgelehnt.
        </p>
      </Alert>
      <dl className="app-import-counts">
        <div>
          <dt>neu</dt>
          <dd>{formatInteger(counts.created)}</dd>
        </div>
        <div>
          <dt>geändert</dt>
          <dd>{formatInteger(counts.changed)}</dd>
        </div>
        <div>
          <dt>unverändert</dt>
          <dd>{formatInteger(counts.unchanged)}</dd>
        </div>
        <div>
          <dt>abgelehnt</dt>
          <dd>{formatInteger(counts.rejected)}</dd>
        </div>
      </dl>
      {perKind.length > 1 ? (
        <DataTable<(typeof perKind)[number]>
          caption="Nach Art der Datensätze"
          rows={perKind}
          rowKey={(k) => k.kind}
          columns={[
            { key: 'kind', header: 'Art', rowHeader: true, cell: (k) => kindLabels[k.kind] ?? k.kind },
            { key: 'created', header: 'neu', numeric: true, cell: (k) => formatInteger(k.counts.created) },
            { key: 'changed', header: 'geändert', numeric: true, cell: (k) => formatInteger(k.counts.changed) },
            { key: 'unchanged', header: 'unverändert', numeric: true, cell: (k) => formatInteger(k.counts.unchanged) },
            { key: 'rejected', header: 'abgelehnt', numeric: true, cell: (k) => formatInteger(k.counts.rejected) },
          ]}
        />
      ) : null}
      <ProblemsTable id={`${id}-problems`} problems={problems} caption="Probleme" />
      {outcome.notes.length ? (
        <details className="app-disclosure">
          <summary className="app-details__summary">Hinweise zu {formatInteger(outcome.notes.length)} Feldern</summary>
          <div className="app-details__body">
            <p className="kern-body">Gelesen, aber anders oder nicht übernommen – kein Grund, den Import abzulehnen.</p>
            <ProblemsTable id={`${id}-notes`} problems={outcome.notes} caption="Hinweise" />
          </div>
        </details>
      ) : null}
      {outcome.warnings.length ? (
        <Alert tone="info" title="Hinweise">
          <ul className="kern-list kern-list--bullet">
            {outcome.warnings.map((w) => (
              <li key={w} className="kern-body">
                {w}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}

/** A refused request: its field errors as the same problems table (file and row are in the field's path). */
function Refused({ id, error }: { id: string; error: unknown }) {
  if (!isApiError(error) || error.fieldErrors.length === 0) return <ErrorAlert error={error} title="Nichts importiert" />;
  return (
    <div className="app-section">
      <Alert tone="danger" title="Nichts importiert">
        <p className="kern-body">{error.detail && error.detail.length < 300 ? error.detail : 'Der Import ist abgelehnt worden; es wurde nichts geändert.'}</p>
      </Alert>
      <ProblemsTable id={id} caption="Probleme" problems={error.fieldErrors.map((e) => ({ file: '', row: '', field: e.field, reason: e.message }))} />
    </div>
  );
}

type ImportPanelProps<R> = {
  id: string;
  fileLabel: string;
  fileHint: ReactNode;
  accept: string;
  multiple: boolean;
  read: (files: FileList) => Promise<ReadImport<R>>;
  run: (request: R, dryRun: boolean, options: { skipInvalid: boolean }) => void;
  state: { isPending: boolean; data: ImportOutcome | undefined; error: unknown; reset: () => void };
  /** Offer "gültige importieren, Rest melden" (HSDS). */
  allowSkipInvalid?: boolean;
};

/** Choose files → Probelauf (nothing stored) → Importieren. A new file or option asks for a new Probelauf. */
function ImportPanel<R>({ id, fileLabel, fileHint, accept, multiple, read, run, state, allowSkipInvalid }: ImportPanelProps<R>) {
  const [file, setFile] = useState<ReadImport<R> | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [reading, setReading] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const outcome = state.data;
  useEffect(() => {
    if (outcome || state.error) resultRef.current?.focus();
  }, [outcome, state.error]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = event.target.files;
    state.reset();
    setFile(null);
    setFileError(undefined);
    if (!files || files.length === 0) return;
    setReading(true);
    try {
      setFile(await read(files));
    } catch (error) {
      setFileError(error instanceof Error ? error.message : 'Die Datei konnte nicht gelesen werden.');
    } finally {
      setReading(false);
    }
  };
  const start = (dryRun: boolean) => {
    if (state.isPending || reading) return;
    if (!file) {
      setFileError('Bitte zuerst eine Datei auswählen.');
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    run(file.request, dryRun, { skipInvalid });
  };
  // A new file or a changed option clears the last answer, so this always speaks of the files and options on screen.
  const canImport = Boolean(outcome?.dryRun) && (outcome?.problems.length === 0 || skipInvalid);
  return (
    <div className="app-form">
      <div className="app-form app-narrow">
        <TextField
          id={`${id}-file`}
          type="file"
          label={fileLabel}
          hint={fileHint}
          accept={accept}
          multiple={multiple}
          onChange={(event) => void choose(event)}
          error={fileError}
        />
        <p className="kern-body" role="status">
          {reading ? 'Die Dateien werden gelesen …' : file ? file.summary : ''}
        </p>
        {allowSkipInvalid ? (
          <Checkbox
            id={`${id}-skip-invalid`}
            label="Gültige Datensätze importieren und ungültige nur melden"
            checked={skipInvalid}
            onChange={(event) => {
              setSkipInvalid(event.target.checked);
              state.reset();
            }}
          />
        ) : null}
        <p className="kern-body app-muted">
          {allowSkipInvalid && skipInvalid
            ? 'Ungültige Datensätze werden übersprungen und in der Liste der Probleme genannt.'
            : 'Alles oder nichts: Hat ein Datensatz einen Fehler, wird nichts importiert.'}{' '}
          Datensätze mit bekannter Kennung werden aktualisiert.
        </p>
        <ButtonRow>
          <Button variant={canImport ? 'secondary' : 'primary'} busy={state.isPending || reading} onClick={() => start(true)}>
            Probelauf
          </Button>
          <Button variant="primary" unavailable={!canImport} busy={state.isPending} onClick={() => start(false)} aria-describedby={`${id}-import-hint`}>
            Importieren
          </Button>
        </ButtonRow>
        <p className="kern-body kern-body--small app-muted" id={`${id}-import-hint`}>
          {canImport ? '„Importieren“ speichert jetzt, was der Probelauf zeigt.' : '„Importieren“ wird nach einem Probelauf ohne Probleme möglich.'}
        </p>
      </div>
      <div ref={resultRef} tabIndex={-1} className="app-focus-target app-import-result">
        {state.isPending ? <p className="kern-body">Wird verarbeitet …</p> : null}
        {outcome ? <Outcome id={id} outcome={outcome} /> : null}
        {state.error ? <Refused id={id} error={state.error} /> : null}
      </div>
    </div>
  );
}

export function ImportHsdsForm() {
  const mutation = useImportHsds();
  return (
    <ImportPanel<HsdsFiles>
      id="import-hsds"
      fileLabel="HSDS-Dateien"
      fileHint="Eine JSON-Datei (ein Objekt, eine Liste oder eine Seite der HSDS-API) – oder alle Dateien eines Tabellen-Pakets zusammen: datapackage.json und die CSV-Dateien (mehrere Dateien mit Strg bzw. Umschalt auswählen). Höchstens 20 MB."
      accept=".json,.csv,application/json,text/csv"
      multiple
      read={readHsdsFiles}
      run={(files, dryRun, { skipInvalid }) => mutation.mutate({ ...files, dryRun, skipInvalid })}
      state={mutation}
      allowSkipInvalid
    />
  );
}

export function ImportSpreadsheetForm() {
  const mutation = useImportSpreadsheet();
  return (
    <ImportPanel
      id="import-spreadsheet"
      fileLabel="Datei"
      fileHint="Eine CSV-Datei (Semikolon, deutsche Spaltenköpfe, UTF-8) oder eine Excel-Datei (.xlsx) nach der Vorlage. Höchstens 25 MB."
      accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      multiple={false}
      read={readSpreadsheet}
      run={(request, dryRun, { skipInvalid }) => mutation.mutate({ ...request, dryRun, skipInvalid })}
      state={mutation}
      allowSkipInvalid
    />
  );
}
