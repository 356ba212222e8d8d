import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { PaperForm } from '../../features/committee-papers/components/paper-form';
import { useCommitteeMeetings, useCommittees, usePaper, usePapers, usePaperSpaces } from '../../features/committee-papers/hooks/use-committee-papers';
import { paperPaths } from '../../features/committee-papers/paper-paths';

/** A new committee paper (/vorlagen/neu) or a draft to change (/vorlagen/:id/bearbeiten): one form for both. */
export function EditPaperPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const editing = id !== '';
  const paper = usePaper(id);
  const papers = usePapers();
  const committees = useCommittees();
  const meetings = useCommitteeMeetings(null);
  const spaces = usePaperSpaces();
  // A new paper is usually written by the unit that wrote the last one.
  const newest = editing ? undefined : papers.data?.[0];
  const lastPaper = usePaper(newest?.id ?? '');
  const title = editing ? (paper.data ? `${paper.data.reference} bearbeiten` : 'Vorlage bearbeiten') : 'Neue Vorlage';
  const heading = <PageHeading title={title} preline="Vorlagen" lead={editing ? undefined : 'Die Beträge des Beschlussvorschlags und der Finanziellen Auswirkung kommen aus dem Bericht des Berichtsjahrs.'} />;

  const queries = [papers, committees, meetings, spaces, ...(editing ? [paper] : [])];
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return (
      <div className="app-stack">
        {heading}
        <ErrorAlert error={failed.error} title="Das Formular kann nicht geladen werden" />
        <p className="kern-body">
          <Link className="kern-link" to={paperPaths.papers}>
            Zu allen Vorlagen
          </Link>
        </p>
      </div>
    );
  }
  const waitingForLast = newest !== undefined && lastPaper.isPending;
  if (queries.some((q) => q.isPending) || waitingForLast || !papers.data || !committees.data || !meetings.data || !spaces.data) {
    return (
      <div className="app-stack">
        {heading}
        <LoadingIndicator label="Formular wird vorbereitet …" />
      </div>
    );
  }

  const back = () => void navigate(editing ? paperPaths.paper(id) : paperPaths.papers);
  const p = paper.data;
  return (
    <div className="app-stack">
      {heading}
      {editing && p?.publishedAt ? (
        <>
          <p className="kern-body">Die Vorlage {p.reference} ist veröffentlicht und kann nicht mehr geändert werden. Für Korrekturen legen Sie eine neue Vorlage an.</p>
          <p className="kern-body">
            <Link className="kern-link" to={paperPaths.paper(id)}>
              Zur Vorlage {p.reference}
            </Link>
          </p>
        </>
      ) : (
        <PaperForm
          key={p?.id ?? 'new'}
          paper={p}
          papers={papers.data}
          committees={committees.data}
          meetings={meetings.data}
          spaces={spaces.data}
          defaultUnitId={lastPaper.data?.responsibleUnitId}
          onSaved={(saved) => void navigate(paperPaths.paper(saved.id), { state: { savedPaper: editing ? 'updated' : 'created' } })}
          onCancel={back}
        />
      )}
    </div>
  );
}
