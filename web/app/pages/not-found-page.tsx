import { ButtonLink } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../paths';

export function NotFoundPage() {
  return (
    <div className="app-stack">
      <PageHeading title="Seite nicht gefunden" />
      <p className="kern-body">
        Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder die Adresse enthält einen
        Tippfehler.
      </p>
      <div>
        <ButtonLink to={paths.start} variant="secondary">
          Zur Startseite
        </ButtonLink>
      </div>
    </div>
  );
}
