import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { ButtonLink, ButtonRow } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { NeedsList } from '../../features/needs/components/needs-list';
import { useNeeds } from '../../features/needs/hooks/use-needs';
import { paths } from '../paths';
import { gapReaderRoles, spaceManagerRoles } from '../roles';

function deletedNote(state: unknown): boolean {
  return Boolean(state && typeof state === 'object' && (state as Record<string, unknown>).deletedNeed === true);
}

/** Bedarfe: what families, children and young people named, and what professionals assessed, with its gaps. */
export function NeedsPage() {
  const { data: account } = useMe();
  const deleted = deletedNote(useLocation().state);
  // Only the number: the entries themselves are on the review page.
  const pending = useNeeds({ review: 'pending', limit: 1 });
  const pendingCount = pending.data?.total ?? null;
  const manager = hasAnyRole(account, spaceManagerRoles);
  return (
    <div className="app-stack">
      <PageHeading
        title="Bedarfe"
        lead={
          manager
            ? 'Was fehlt in den Sozialräumen? Bedarfe, die Familien, Kinder und Jugendliche selbst benennen, und fachliche Einschätzungen – aus allen Sozialräumen.'
            : 'Was fehlt in Ihren Sozialräumen? Bedarfe, die Familien, Kinder und Jugendliche selbst benennen, und fachliche Einschätzungen.'
        }
      />
      {deleted ? <Alert tone="success" title="Der Bedarf wurde gelöscht." /> : null}
      <ButtonRow>
        <ButtonLink to={paths.newNeed}>Bedarf erfassen</ButtonLink>
        <ButtonLink to={paths.homeVisit} variant="secondary">
          Hausbesuch
        </ButtonLink>
        <ButtonLink to={paths.needsReview} variant="secondary">
          {pendingCount === null ? 'Online-Meldungen prüfen' : `Online-Meldungen prüfen (${pendingCount})`}
        </ButtonLink>
      </ButtonRow>
      {hasAnyRole(account, gapReaderRoles) ? (
        <p className="kern-body">
          <Link className="kern-link" to={paths.gaps}>
            Lückenanalyse: Sozialräume und Themen auf einen Blick
          </Link>
        </p>
      ) : null}
      <NeedsList needPath={paths.need} />
    </div>
  );
}
