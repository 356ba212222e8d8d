import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { NeedsReviewList } from '../../features/needs/components/needs-review-list';
import { paths } from '../paths';

/** Online-Meldungen prüfen: entries of the anonymous public form count only after a team member accepted them. */
export function NeedsReviewPage() {
  return (
    <div className="app-stack">
      <PageHeading
        title="Online-Meldungen prüfen"
        preline="Bedarfe"
        lead="Was Familien, Kinder und Jugendliche über das Online-Formular gemeldet haben. Ordnen Sie Themen zu und nehmen Sie den Eintrag an – erst dann zählt er. Einträge ohne Bezug zum Stadtteil lehnen Sie mit einer kurzen Notiz ab."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paths.needs}>
          Zurück zu den Bedarfen
        </Link>
      </p>
      <NeedsReviewList />
    </div>
  );
}
