import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ButtonLink } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../paths';

/** Shown when a page fails to render; the header and navigation stay usable. */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="app-stack">
      <PageHeading title={notFound ? 'Seite nicht gefunden' : 'Es ist ein Fehler aufgetreten'} />
      <p className="kern-body">
        {notFound
          ? 'Unter dieser Adresse gibt es keine Seite.'
          : 'Diese Seite konnte nicht angezeigt werden. Bitte laden Sie die Seite neu. ' +
            'Tritt der Fehler wieder auf, wenden Sie sich an die Administration.'}
      </p>
      <div>
        <ButtonLink to={paths.start} variant="secondary">
          Zur Startseite
        </ButtonLink>
      </div>
    </div>
  );
}
