import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../../components/api/api-error';
import { formatInteger } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { ImportSpacesInput } from '../api/social-spaces-api';
import { useImportSpaces } from '../hooks/use-social-spaces';

// The server's limit for this one route (social-spaces.routes.ts); checked here too, so a huge file fails at once.
const MAX_BYTES = 50 * 1024 * 1024;
const SHOWN_PROBLEMS = 10;

type Collection = ImportSpacesInput['collection'];
type ReadFile = { name: string; size: number; collection: Collection; featureCount: number; properties: SelectOption[] };

const megabytes = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** "name – z. B. „Treptow-Köpenick 3“": the property with the value it has in the first feature. */
function propertyOptions(properties: Record<string, unknown>): SelectOption[] {
  return Object.entries(properties).map(([key, value]) => {
    const sample = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return { value: key, label: sample && sample.length <= 40 ? `${key} – z. B. „${sample}“` : key };
  });
}

async function readCollection(file: File): Promise<ReadFile> {
  if (file.size > MAX_BYTES) throw new Error(`Die Datei „${file.name}“ ist größer als 50 MB.`);
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new Error(`Die Datei „${file.name}“ ist kein gültiges JSON.`);
  }
  const record = json as { type?: unknown; features?: unknown } | null;
  if (!record || typeof record !== 'object' || record.type !== 'FeatureCollection' || !Array.isArray(record.features)) {
    throw new Error(`Die Datei „${file.name}“ ist keine GeoJSON-FeatureCollection („type“: „FeatureCollection“ mit „features“).`);
  }
  const features: unknown[] = record.features;
  if (features.length === 0) throw new Error(`Die Datei „${file.name}“ enthält keine Features.`);
  const first = features[0] as { properties?: unknown } | null;
  const properties = first && typeof first.properties === 'object' && first.properties !== null ? first.properties : {};
  return {
    name: file.name,
    size: file.size,
    collection: record as Collection,
    featureCount: features.length,
    properties: propertyOptions(properties as Record<string, unknown>),
  };
}

const pick = (options: SelectOption[], preferred: string[], avoid?: string) =>
  preferred.find((p) => options.some((o) => o.value === p)) ?? options.find((o) => o.value !== avoid)?.value ?? '';

/** The problems of a refused import, the first ones as a list: they name the feature and what is wrong with it. */
function ImportProblems({ error }: { error: unknown }) {
  if (!isApiError(error) || error.fieldErrors.length === 0) return <ErrorAlert error={error} title="Nichts importiert" />;
  const problems = error.fieldErrors;
  // The server lists at most 50 problems; its detail ("Nichts importiert: 58 Problem(e). …") has the full count.
  const counted = Number(/(\d+) Problem/.exec(error.detail ?? '')?.[1]);
  const total = Number.isInteger(counted) && counted >= problems.length ? counted : problems.length;
  const rest = total - Math.min(problems.length, SHOWN_PROBLEMS);
  return (
    <Alert tone="danger" title="Nichts importiert">
      <p className="kern-body">
        Der Import ist abgelehnt worden; es wurde nichts geändert.{' '}
        {total === 1
          ? 'Das Problem:'
          : total <= SHOWN_PROBLEMS || problems.length <= SHOWN_PROBLEMS
            ? `${formatInteger(total)} Probleme:`
            : `${formatInteger(total)} Probleme, die ersten ${SHOWN_PROBLEMS}:`}
      </p>
      <ul className="kern-list kern-list--bullet">
        {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
          <li key={`${p.field}-${p.message}`} className="kern-body">
            {p.message}
          </li>
        ))}
      </ul>
      {rest > 0 ? <p className="kern-body">… und {formatInteger(rest)} weitere.</p> : null}
    </Alert>
  );
}

type ImportSpacesFormProps = { regionNote?: ReactNode };

/**
 * Imports a GeoJSON file: after reading it, the user says which properties hold name and code. All or nothing;
 * a known code updates that space's name and boundary.
 */
export function ImportSpacesForm({ regionNote }: ImportSpacesFormProps) {
  const [file, setFile] = useState<ReadFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [reading, setReading] = useState(false);
  const [nameProperty, setNameProperty] = useState('');
  const [codeProperty, setCodeProperty] = useState('');
  const [source, setSource] = useState('');
  const importing = useImportSpaces();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    importing.reset();
    setFile(null);
    setFileError(undefined);
    if (!chosen) return;
    setReading(true);
    try {
      const read = await readCollection(chosen);
      const name = pick(read.properties, ['name', 'Name', 'NAME']);
      setFile(read);
      setNameProperty(name);
      setCodeProperty(pick(read.properties, ['code', 'Code', 'CODE', 'id', 'ID', 'Id'], name));
    } catch (error) {
      setFileError(error instanceof Error ? error.message : 'Die Datei konnte nicht gelesen werden.');
    } finally {
      setReading(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (importing.isPending) return;
    if (!file) {
      setFileError('Bitte eine GeoJSON-Datei auswählen.');
      document.getElementById('import-file')?.focus();
      return;
    }
    importing.mutate({ collection: file.collection, nameProperty, codeProperty, source: source.trim() });
  };

  const result = importing.data;
  return (
    <form className="app-form app-narrow" noValidate onSubmit={submit} aria-labelledby="import-heading">
      <h2 className="kern-heading-medium" id="import-heading">
        Aus GeoJSON importieren
      </h2>
      <p className="kern-body">
        Eine Datei mit einer FeatureCollection, jede Fläche ein Feature (Polygon oder MultiPolygon in Länge/Breite, WGS 84).
        Ein neues Kürzel legt einen Sozialraum an, ein bekanntes aktualisiert Name und Grenze. Hat ein Feature einen
        Fehler, wird nichts importiert. {regionNote}
      </p>
      {result ? (
        <Alert tone="success" title="Import abgeschlossen">
          <p className="kern-body">
            {formatInteger(result.created)} neu, {formatInteger(result.updated)} aktualisiert
          </p>
        </Alert>
      ) : null}
      {importing.error ? <ImportProblems error={importing.error} /> : null}
      <TextField
        id="import-file"
        name="file"
        type="file"
        label="GeoJSON-Datei"
        hint="Dateiendung .geojson oder .json, höchstens 50 MB."
        accept=".geojson,.json,application/geo+json,application/json"
        onChange={(event) => void choose(event)}
        error={fileError}
      />
      <p className="kern-body" role="status">
        {reading
          ? 'Die Datei wird gelesen …'
          : file
            ? `„${file.name}“ (${megabytes.format(file.size / 1024 / 1024)} MB): ${formatInteger(file.featureCount)} ${file.featureCount === 1 ? 'Feature' : 'Features'}.`
            : ''}
      </p>
      {file ? (
        <>
          {file.properties.length === 0 ? (
            <Alert tone="warning" title="Keine Eigenschaften gefunden">
              <p className="kern-body">Das erste Feature hat keine „properties“; Name und Kürzel lassen sich so nicht zuordnen.</p>
            </Alert>
          ) : (
            <>
              <SelectField
                id="import-name-property"
                name="nameProperty"
                label="Eigenschaft mit dem Namen"
                hint="Aus den Eigenschaften des ersten Features."
                options={file.properties}
                value={nameProperty}
                onChange={(event) => {
                  setNameProperty(event.target.value);
                  importing.reset();
                }}
              />
              <SelectField
                id="import-code-property"
                name="codeProperty"
                label="Eigenschaft mit dem Kürzel"
                hint="Eindeutig je Feature; ein erneuter Import derselben Datei aktualisiert dann statt zu verdoppeln."
                options={file.properties}
                value={codeProperty}
                onChange={(event) => {
                  setCodeProperty(event.target.value);
                  importing.reset();
                }}
              />
            </>
          )}
          <TextField
            id="import-source"
            name="source"
            label="Quelle der Grenzen"
            optional
            hint="Erscheint unter der Karte, z. B. Herausgeber und Lizenz. Ohne Angabe: „GeoJSON-Import“."
            autoComplete="off"
            maxLength={300}
            value={source}
            onChange={(event) => setSource(event.target.value)}
          />
        </>
      ) : null}
      <div>
        <Button type="submit" busy={importing.isPending || reading}>
          Importieren
        </Button>
      </div>
    </form>
  );
}
