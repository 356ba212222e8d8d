import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { SelectField } from '../../components/ui/select-field';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { reportExportUrl, reportJsonUrl } from '../../features/annual-report/api/annual-report-api';
import { ReportAppendix, ReportOverview, SectionBody } from '../../features/annual-report/components/report-sections';
import { ReportTexts } from '../../features/annual-report/components/report-texts';
import '../../features/annual-report/components/annual-report.css';
import { useAnnualReport, useMyReportSpaces, useReportSpaces, useReportTexts } from '../../features/annual-report/hooks/use-annual-report';
import { usePapers } from '../../features/committee-papers/hooks/use-committee-papers';
import { paperPaths } from '../../features/committee-papers/paper-paths';
import { paperReaderRoles } from '../../features/committee-papers/paper-roles';
import { reportTextWriterRoles, reportManagerRoles } from '../roles';

/** The first year of the demo's data; the report goes back no further. */
const firstYear = 2015;
const all = '';

/**
 * Bericht zur Sozialraumorientierung: the year's figures from every module for the youth welfare committee, for all
 * spaces or one, with charts, the closing texts the staff write (in versions) and how each table was counted. The
 * state is in the address (?jahr=2026&spaceId=…), so a link shows the same report; it prints as a document.
 */
export function AnnualReportPage() {
  const { data: account } = useMe();
  const currentYear = Number(todayIso().slice(0, 4));
  const years = Array.from({ length: currentYear - firstYear + 1 }, (_, i) => currentYear - i);
  const [params, setParams] = useSearchParams();
  const requestedYear = Number(params.get('jahr'));
  const year = years.includes(requestedYear) ? requestedYear : currentYear;
  const spaces = useReportSpaces();
  const spaceList = [...(spaces.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const requestedSpace = params.get('spaceId') ?? all;
  const space = spaceList.find((s) => s.id === requestedSpace);
  // Until the spaces are known, a requested space is taken as it is (the server checks it).
  const spaceId = space?.id ?? (spaces.isPending && requestedSpace ? requestedSpace : null);
  const key = { year, spaceId };
  const report = useAnnualReport(key);
  const texts = useReportTexts(key);
  // The committee paper that carries this report (Vorlage), for those who read papers.
  const papers = usePapers(hasAnyRole(account, paperReaderRoles));
  const paper = (papers.data ?? []).find((p) => p.year === year && (p.spaceId ?? null) === spaceId);

  // The server decides (annualReportPolicy.writeText); the buttons follow it: managers everywhere, team members for
  // the spaces of their team. A refusal (403) is still shown gracefully.
  const manager = hasAnyRole(account, reportManagerRoles);
  const teamWriter = !manager && hasAnyRole(account, reportTextWriterRoles);
  const mine = useMyReportSpaces(teamWriter && spaceId !== null);
  const canWrite = manager || (teamWriter && spaceId !== null && (mine.data?.spaceIds ?? []).includes(spaceId));

  const choose = (name: 'jahr' | 'spaceId', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (!next.get('jahr')) next.set('jahr', String(year));
        return next;
      },
      { replace: true },
    );

  const spaceName = space?.name ?? report.data?.space?.name;
  const title = `Bericht zur Sozialraumorientierung ${year}${spaceName ? ` – ${spaceName}` : ''}`;
  const r = report.data;
  const t = r?.suppressionThreshold ?? 5;

  return (
    <div className="app-stack app-report">
      <PageHeading
        title={title}
        preline="Jahresbericht an den Jugendhilfeausschuss"
        lead="Die Zahlen eines Jahres aus Haushalt, Projekten, Bedarfen, Angeboten, Netzwerktreffen und Kollegialer Beratung – beim Aufruf aus den Daten berechnet, mit den Texten des Teams und dem Nachweis, wie gezählt wurde."
      />

      <section className="app-section app-no-print" aria-labelledby="report-choice-heading">
        <h2 className="kern-heading-medium" id="report-choice-heading">
          Jahr und Sozialraum
        </h2>
        <div className="app-report-filters">
          <SelectField id="report-year" label="Berichtsjahr" options={years.map((y) => ({ value: String(y), label: String(y) }))} value={String(year)} onChange={(event) => choose('jahr', event.target.value)} />
          <SelectField
            id="report-space"
            label="Sozialraum"
            options={[{ value: all, label: 'Alle Sozialräume' }, ...spaceList.map((s) => ({ value: s.id, label: s.name }))]}
            value={spaceId ?? all}
            onChange={(event) => choose('spaceId', event.target.value)}
          />
        </div>
        {spaces.isError ? <ErrorAlert error={spaces.error} title="Die Sozialräume konnten nicht geladen werden" /> : null}
        <div className="app-report-actions">
          <Button variant="secondary" onClick={() => window.print()}>
            Drucken
          </Button>
          <a className="kern-link" href={reportExportUrl(key, 'pdf')}>
            Als PDF herunterladen
          </a>
          <a className="kern-link" href={reportExportUrl(key, 'docx')}>
            Als Word-Dokument (DOCX) herunterladen
          </a>
          <a className="kern-link" href={reportExportUrl(key, 'html')}>
            Als HTML-Datei herunterladen
          </a>
          <a className="kern-link" href={reportJsonUrl(key)} download={`bericht-${year}${space?.code ? `-${space.code}` : ''}.json`}>
            Bericht als JSON herunterladen
          </a>
          {paper ? (
            <Link className="kern-link" to={paperPaths.paper(paper.id)}>
              Vorlage {paper.reference} zu diesem Bericht
            </Link>
          ) : null}
        </div>
      </section>

      {report.isPending ? (
        <LoadingIndicator label="Der Bericht wird aus den Daten berechnet …" />
      ) : report.isError ? (
        <ErrorAlert error={report.error} title="Der Bericht konnte nicht erstellt werden" />
      ) : r ? (
        <>
          <section className="app-report-part" aria-labelledby="report-overview-heading">
            <h2 className="kern-heading-medium" id="report-overview-heading">
              Überblick
            </h2>
            <ReportOverview report={r} />
          </section>

          {r.space ? null : (
            <section className="app-report-space" aria-labelledby="report-office-heading">
              <h2 className="kern-heading-medium" id="report-office-heading">
                Alle Sozialräume zusammen
              </h2>
              <SectionBody section={r.overview} year={r.year} threshold={t} path="overview" where="im ganzen Jugendamt" id="office" />
            </section>
          )}

          {r.spaces.map((s, i) => (
            <section key={s.spaceId} className="app-report-space" aria-labelledby={`report-space-${s.spaceId}`}>
              <h2 className="kern-heading-medium" id={`report-space-${s.spaceId}`}>
                Sozialraum {s.name}
              </h2>
              <SectionBody section={s} year={r.year} threshold={t} path={`spaces.${i}`} where={`in ${s.name}`} id={s.spaceId} />
            </section>
          ))}

          <section className="app-report-space" aria-labelledby="report-texts-heading">
            <h2 className="kern-heading-medium" id="report-texts-heading">
              Zusammenfassung, Erfolge, Schwierigkeiten und Ausblick
            </h2>
            {texts.isError ? <ErrorAlert error={texts.error} title="Die Texte konnten nicht geladen werden" /> : null}
            <ReportTexts reportKey={key} texts={texts.data ?? r.texts} canWrite={canWrite} loading={texts.isPending} />
          </section>

          <section className="app-report-space" aria-labelledby="report-appendix-heading">
            <h2 className="kern-heading-medium" id="report-appendix-heading">
              Anhang: Wie gezählt wurde
            </h2>
            <ReportAppendix report={r} />
          </section>
        </>
      ) : null}
    </div>
  );
}
