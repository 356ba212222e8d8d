import { useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { reportPaths } from '../../features/annual-report/report-paths';
import { DeletePaper, PublishPaper } from '../../features/committee-papers/components/paper-actions';
import { PaperAttachment, PaperDownloads } from '../../features/committee-papers/components/paper-downloads';
import { ConsultationsTable, FinancialImpact, Paragraphs, PaperHeader } from '../../features/committee-papers/components/paper-view';
import { useCommitteeMeetings, usePaper, usePaperContent, usePaperSpaces } from '../../features/committee-papers/hooks/use-committee-papers';
import { paperPaths } from '../../features/committee-papers/paper-paths';
import { paperManagerRoles } from '../../features/committee-papers/paper-roles';

function savedNote(state: unknown): string | null {
  const saved = state && typeof state === 'object' ? (state as Record<string, unknown>).savedPaper : undefined;
  if (saved === 'created') return 'Die Vorlage wurde angelegt.';
  if (saved === 'updated') return 'Die Änderungen wurden gespeichert.';
  return null;
}

function Part({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section" aria-labelledby={`paper-${name}-heading`}>
      <h2 className="kern-heading-medium" id={`paper-${name}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * One committee paper as the council sees it, in the order of the council system: the head (Drucksachennummer, Art,
 * Datum, Zuständig), Beratungsfolge, Beschlussvorschlag, Finanzielle Auswirkung, Sachverhalt and Anlage; then the
 * downloads, and for managers editing, publishing and deleting a draft.
 */
export function PaperPage() {
  const { id = '' } = useParams();
  const { data: account } = useMe();
  const navigate = useNavigate();
  const saved = savedNote(useLocation().state);
  const paper = usePaper(id);
  const content = usePaperContent(id);
  const meetings = useCommitteeMeetings(null);
  const spaces = usePaperSpaces();
  const [published, setPublished] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  if (paper.isPending) return <LoadingIndicator label="Vorlage wird geladen …" />;
  if (paper.isError)
    return (
      <div className="app-stack">
        <PageHeading title="Vorlage" />
        <ErrorAlert error={paper.error} />
        <p className="kern-body">
          <Link className="kern-link" to={paperPaths.papers}>
            Zu allen Vorlagen
          </Link>
        </p>
      </div>
    );

  const p = paper.data;
  const canManage = hasAnyRole(account, paperManagerRoles);
  const draft = p.publishedAt === null;
  const spaceName = p.spaceId ? ((spaces.data ?? []).find((s) => s.id === p.spaceId)?.name ?? null) : null;
  const c = content.data;
  const computed = (render: (data: NonNullable<typeof c>) => ReactNode) =>
    content.isPending ? <LoadingIndicator label="Wird aus dem Bericht berechnet …" /> : content.isError ? <ErrorAlert error={content.error} title="Dieser Teil konnte nicht berechnet werden" /> : c ? render(c) : null;

  return (
    <div className="app-stack app-paper">
      <PageHeading title={p.name} preline={`${p.paperType} ${p.reference}`} documentTitle={`${p.reference} ${p.name}`} />
      <div className="app-papers-actions">
        {canManage && draft ? (
          <ButtonLink to={paperPaths.editPaper(p.id)} variant="secondary">
            Bearbeiten
          </ButtonLink>
        ) : null}
        <Link className="kern-link" to={paperPaths.papers}>
          Alle Vorlagen
        </Link>
      </div>
      {published || saved ? (
        <div className="app-focus-target" ref={noticeRef} tabIndex={-1}>
          <Alert tone="success" title={published ? `Die Vorlage ${p.reference} ist veröffentlicht.` : saved} />
        </div>
      ) : null}

      <PaperHeader paper={p} spaceName={spaceName} />

      <Part name="consultations" title="Beratungsfolge">
        <ConsultationsTable paper={p} meetings={meetings.data ?? []} />
      </Part>

      <Part name="resolution" title="Beschlussvorschlag">
        {computed((data) => (
          <Paragraphs text={data.resolutionProposal} />
        ))}
      </Part>

      <Part name="impact" title="Finanzielle Auswirkung">
        {computed((data) => (
          <FinancialImpact impact={data.financialImpact} />
        ))}
      </Part>

      <Part name="facts" title="Sachverhalt">
        {computed((data) => (
          <Paragraphs text={data.statementOfFacts} />
        ))}
      </Part>

      <Part name="attachment" title="Anlage">
        <PaperAttachment paper={p} title={c?.attachmentTitle ?? `Bericht zur Sozialraumorientierung ${p.year}`} reportHref={reportPaths.reportOf(p.year, p.spaceId)} />
      </Part>

      <Part name="downloads" title="Herunterladen">
        <PaperDownloads paper={p} />
      </Part>

      {canManage && draft ? (
        <Part name="publish" title="Veröffentlichen">
          <PublishPaper
            paper={p}
            onPublished={() => {
              setPublished(true);
              window.setTimeout(() => noticeRef.current?.focus());
            }}
          />
        </Part>
      ) : null}

      {canManage && draft ? (
        <Part name="delete" title="Löschen">
          <DeletePaper paper={p} onDeleted={() => void navigate(paperPaths.papers, { state: { deletedPaper: p.reference } })} />
        </Part>
      ) : null}
    </div>
  );
}
