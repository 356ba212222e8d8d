import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { ApiError, fieldErrorsOf, withTopLevelFields } from '../../../components/api/api-error';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import type { CreateSpaceInput } from '../api/social-spaces-api';
import { useCreateSpace } from '../hooks/use-social-spaces';
import { emptySpaceFields, SpaceFields, spaceFieldTargets, toSpaceBody, type SpaceFieldValues } from './space-fields';

const fields = { ...spaceFieldTargets('new-space'), boundary: { label: 'Grenze', targetId: 'new-space-boundary' } };

const example = '{"type": "Polygon", "coordinates": [[[9.95, 53.70], [9.96, 53.70], [9.96, 53.71], [9.95, 53.71], [9.95, 53.70]]]}';

type Boundary = CreateSpaceInput['boundary'];

/** Reads the boundary text; a whole GeoJSON Feature is taken too, its geometry being the boundary. */
function parseBoundary(text: string): { boundary: Boundary } | { message: string } {
  if (!text.trim()) return { message: 'Bitte die Grenze als GeoJSON angeben.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { message: 'Die Grenze ist kein gültiges JSON. Bitte prüfen Sie Klammern, Kommas und Anführungszeichen.' };
  }
  if (json && typeof json === 'object' && (json as { type?: unknown }).type === 'Feature') {
    json = (json as { geometry?: unknown }).geometry;
  }
  const candidate = json as { type?: unknown; coordinates?: unknown } | null;
  if (
    !candidate ||
    typeof candidate !== 'object' ||
    (candidate.type !== 'Polygon' && candidate.type !== 'MultiPolygon') ||
    !Array.isArray(candidate.coordinates)
  ) {
    return { message: 'Erwartet wird eine GeoJSON-Geometrie vom Typ „Polygon“ oder „MultiPolygon“ mit „coordinates“.' };
  }
  return { boundary: candidate as Boundary };
}

type CreateSpaceFormProps = { spacePath: (id: string) => string; regionNote?: ReactNode };

export function CreateSpaceForm({ spacePath, regionNote }: CreateSpaceFormProps) {
  const [values, setValues] = useState<SpaceFieldValues>(emptySpaceFields);
  const [boundaryText, setBoundaryText] = useState('');
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<SocialSpace | null>(null);
  const create = useCreateSpace();
  // The server names the wrong point ("boundary.coordinates.0.3"); the form shows it at the one boundary field.
  const error = clientError ?? withTopLevelFields(create.error);
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    const { body, errors: wrong } = toSpaceBody(values);
    const parsed = parseBoundary(boundaryText);
    if ('message' in parsed) wrong.push({ field: 'boundary', message: parsed.message });
    if (wrong.length || !('boundary' in parsed)) {
      create.reset();
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Ungültige Eingabe', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    create.mutate(
      { ...body, boundary: parsed.boundary },
      {
        onSuccess: (space) => {
          setCreated(space);
          setValues(emptySpaceFields);
          setBoundaryText('');
        },
      },
    );
  };

  const change = () => {
    setClientError(null);
    create.reset();
  };

  return (
    <form className="app-form app-narrow" noValidate onSubmit={submit} aria-labelledby="new-space-heading">
      <h2 className="kern-heading-medium" id="new-space-heading">
        Sozialraum anlegen
      </h2>
      {created ? (
        <Alert tone="success" title={`Sozialraum „${created.name}“ angelegt`}>
          <p className="kern-body">
            <Link className="kern-link" to={spacePath(created.id)}>
              Zur Seite von {created.name}
            </Link>
          </p>
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} fields={fields} /> : null}
      <SpaceFields
        idPrefix="new-space"
        values={values}
        onChange={(next) => {
          setValues(next);
          change();
        }}
        errors={errors}
      />
      <TextAreaField
        id="new-space-boundary"
        name="boundary"
        label="Grenze (GeoJSON)"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        code
        hint={
          <>
            Eine GeoJSON-Geometrie vom Typ Polygon oder MultiPolygon; jeder Punkt als [Länge, Breite] in Grad (WGS 84),
            jeder Ring geschlossen (letzter Punkt = erster Punkt). {regionNote} Beispiel:{' '}
            <code className="app-code">{example}</code>
          </>
        }
        value={boundaryText}
        onChange={(event) => {
          setBoundaryText(event.target.value);
          change();
        }}
        error={errors.boundary}
      />
      <div>
        <Button type="submit" busy={create.isPending}>
          Sozialraum anlegen
        </Button>
      </div>
    </form>
  );
}
