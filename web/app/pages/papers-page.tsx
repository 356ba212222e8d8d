import { Link, useLocation } from 'react-router';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { PaperList } from '../../features/committee-papers/components/paper-list';
import { usePapers } from '../../features/committee-papers/hooks/use-committee-papers';
import { paperPaths } from '../../features/committee-papers/paper-paths';
import { paperManagerRoles } from '../../features/committee-papers/paper-roles';

function deletedNote(state: unknown): string | null {
  const deleted = state && typeof state === 'object' ? (state as Record<string, unknown>).deletedPaper : undefined;
  return typeof deleted === 'string' ? `Der Entwurf ${deleted} wurde gelöscht.` : null;
}

/** Vorlagen: the committee papers that carry the yearly report to the council, newest first. */
export function PapersPage() {
  const { data: account } = useMe();
  const deleted = deletedNote(useLocation().state);
  const papers = usePapers();
  return (
    <div className="app-stack">
      <PageHeading
        title="Vorlagen"
        preline="Jugendhilfeausschuss und Rat"
        lead="Die Vorlagen, mit denen der Bericht zur Sozialraumorientierung in die Gremien geht: mit Drucksachennummer, Beratungsfolge, Beschlussvorschlag und Finanzieller Auswirkung aus den Zahlen des Berichts."
      />
      {deleted ? <Alert tone="success" title={deleted} /> : null}
      <div className="app-papers-actions">
        {hasAnyRole(account, paperManagerRoles) ? <ButtonLink to={paperPaths.newPaper}>Neue Vorlage</ButtonLink> : null}
        <Link className="kern-link" to={paperPaths.committees}>
          Gremien und Sitzungen
        </Link>
      </div>
      {papers.isPending ? <LoadingIndicator label="Vorlagen werden geladen …" /> : papers.isError ? <ErrorAlert error={papers.error} /> : <PaperList papers={papers.data} />}
    </div>
  );
}
